import type { Metadata } from 'next';
import { SynonymsEditor } from '~/components/admin/synonyms/SynonymsEditor';
import { PageHeader } from '~/components/ui';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';

export const metadata: Metadata = { title: 'Synonyms · Merchant admin · Shopsearch' };

export default storeSectionPage('merchant', 'synonyms', (info) => (
  <>
    <PageHeader title="Synonyms">
      Words shoppers of {info.name} use for the same thing. Both search engines apply them as soon
      as they are saved; no re-index is needed. A result found through a synonym says so.
    </PageHeader>
    <SynonymsEditor store={info.slug} />
  </>
));
