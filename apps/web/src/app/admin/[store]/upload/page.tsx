import type { Metadata } from 'next';
import { PageHeader } from '~/components/ui';
import { AdminPage } from '~/components/admin/AdminPage';
import { UploadFlow } from '~/components/admin/upload/UploadFlow';
import { env } from '~/env';

export const metadata: Metadata = { title: 'Upload · Merchant admin · Shopsearch' };

export default async function UploadPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await params;
  return (
    <AdminPage store={store} section="upload">
      {(info) => (
        <>
          <PageHeader title="Upload a catalog">
            Add or update products of {info.name} from a file. Products are matched by id: new ids
            are added, known ids updated; products missing from the file stay as they are.
          </PageHeader>
          <UploadFlow store={info.slug} limitBytes={env.UPLOAD_LIMIT_BYTES} />
        </>
      )}
    </AdminPage>
  );
}
