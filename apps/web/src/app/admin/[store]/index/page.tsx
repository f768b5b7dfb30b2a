import type { Metadata } from 'next';
import { ReindexWorkspace } from '~/components/admin/reindex/ReindexWorkspace';
import { PageHeader } from '~/components/ui';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';

export const metadata: Metadata = { title: 'Index · Merchant admin · Shopsearch' };

export default storeSectionPage('merchant', 'index', (info) => (
  <>
    <PageHeader title="Search index">
      Re-encode {info.name}’s products so search sees the catalog as it is now. Search keeps serving
      the active index version until a new one is complete.
    </PageHeader>
    <ReindexWorkspace store={info.slug} />
  </>
));
