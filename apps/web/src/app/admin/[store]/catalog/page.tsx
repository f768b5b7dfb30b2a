import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '~/components/ui';
import { AdminPage } from '~/components/admin/AdminPage';
import { CatalogManager } from '~/components/admin/catalog/CatalogManager';
import { adminHref } from '~/lib/admin/routes';

export const metadata: Metadata = { title: 'Catalog · Merchant admin · Shopsearch' };

export default async function CatalogPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await params;
  return (
    <AdminPage store={store} section="catalog">
      {(info) => (
        <>
          <PageHeader title="Catalog">
            The products of {info.name}. Edits are saved at once and reach search with the next{' '}
            <Link href={adminHref(info.slug, 'index')}>re-index</Link>; deletions leave search
            immediately.
          </PageHeader>
          <CatalogManager store={info.slug} />
        </>
      )}
    </AdminPage>
  );
}
