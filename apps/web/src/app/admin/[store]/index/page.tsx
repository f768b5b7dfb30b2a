import type { Metadata } from 'next';
import { PageHeader } from '~/components/ui';
import { AdminPage } from '~/components/admin/AdminPage';
import { ReindexWorkspace } from '~/components/admin/reindex/ReindexWorkspace';

export const metadata: Metadata = { title: 'Index · Merchant admin · Shopsearch' };

export default async function IndexPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await params;
  return (
    <AdminPage store={store} section="index">
      {(info) => (
        <>
          <PageHeader title="Search index">
            Re-encode {info.name}’s products so search sees the catalog as it is now. Search keeps
            serving the active index version until a new one is complete.
          </PageHeader>
          <ReindexWorkspace store={info.slug} />
        </>
      )}
    </AdminPage>
  );
}
