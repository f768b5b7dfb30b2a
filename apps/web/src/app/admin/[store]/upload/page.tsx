import type { Metadata } from 'next';
import { AdminPage } from '~/components/admin/AdminPage';
import admin from '~/components/admin/Admin.module.css';
import { UploadFlow } from '~/components/admin/upload/UploadFlow';
import { env } from '~/env';

export const metadata: Metadata = { title: 'Upload · Merchant admin · Shopsearch' };

export default async function UploadPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await params;
  return (
    <AdminPage store={store} section="upload">
      {(info) => (
        <>
          <h1 className={admin.pageHeading}>Upload a catalog</h1>
          <p className={admin.lead}>
            Add or update products of {info.name} from a file. Products are matched by id: new ids
            are added, known ids updated; products missing from the file stay as they are.
          </p>
          <UploadFlow store={info.slug} limitBytes={env.UPLOAD_LIMIT_BYTES} />
        </>
      )}
    </AdminPage>
  );
}
