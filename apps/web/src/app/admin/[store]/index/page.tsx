import type { Metadata } from 'next';
import { AdminPage } from '~/components/admin/AdminPage';
import admin from '~/components/admin/Admin.module.css';
import { ReindexWorkspace } from '~/components/admin/reindex/ReindexWorkspace';

export const metadata: Metadata = { title: 'Index · Merchant admin · Shopsearch' };

export default async function IndexPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await params;
  return (
    <AdminPage store={store} section="index">
      {(info) => (
        <>
          <h1 className={admin.pageHeading}>Search index</h1>
          <p className={admin.lead}>
            Re-encode {info.name}’s products so search sees the catalog as it is now. Search keeps
            serving the active index version until a new one is complete.
          </p>
          <ReindexWorkspace store={info.slug} />
        </>
      )}
    </AdminPage>
  );
}
