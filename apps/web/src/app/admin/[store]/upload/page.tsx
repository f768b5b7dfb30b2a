import type { Metadata } from 'next';
import { UploadFlow } from '~/components/admin/upload/UploadFlow';
import { PageHeader } from '~/components/ui';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';
import { env } from '~/env';

export const metadata: Metadata = { title: 'Upload · Merchant admin · Shopsearch' };

export default storeSectionPage('merchant', 'upload', (info) => (
  <>
    <PageHeader title="Upload a catalog">
      Add or update products of {info.name} from a file. Products are matched by id: new ids are
      added, known ids updated; products missing from the file stay as they are.
    </PageHeader>
    <UploadFlow store={info.slug} limitBytes={env.UPLOAD_LIMIT_BYTES} />
  </>
));
