import type { Metadata } from 'next';
import Link from 'next/link';
import { CatalogManager } from '~/components/admin/catalog/CatalogManager';
import { PageHeader } from '~/components/ui';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';
import { adminHref } from '~/lib/admin/routes';

export const metadata: Metadata = { title: 'Catalog · Merchant admin · Shopsearch' };

export default storeSectionPage('merchant', 'catalog', (info) => (
  <>
    <PageHeader title="Catalog">
      The products of {info.name}. Edits are saved and searchable at once; ranking by meaning uses
      them after the next <Link href={adminHref(info.slug, 'index')}>re-index</Link>. Deletions
      leave search immediately.
    </PageHeader>
    <CatalogManager store={info.slug} />
  </>
));
