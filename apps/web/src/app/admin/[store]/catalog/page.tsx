import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '~/components/admin/AdminPage';
import admin from '~/components/admin/Admin.module.css';
import { CatalogManager } from '~/components/admin/catalog/CatalogManager';
import { adminHref } from '~/lib/admin/routes';

export const metadata: Metadata = { title: 'Catalog · Merchant admin · Shopsearch' };

export default async function CatalogPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await params;
  return (
    <AdminPage store={store} section="catalog">
      {(info) => (
        <>
          <h1 className={admin.pageHeading}>Catalog</h1>
          <p className={admin.lead}>
            The products of {info.name}. Edits are saved at once and reach search with the next{' '}
            <Link href={adminHref(info.slug, 'index')}>re-index</Link>; deletions leave search
            immediately.
          </p>
          <CatalogManager store={info.slug} />
        </>
      )}
    </AdminPage>
  );
}
