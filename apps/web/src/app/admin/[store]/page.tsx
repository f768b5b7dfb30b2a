import { redirect } from 'next/navigation';
import { adminHref } from '~/lib/admin/routes';

/** A store's admin opens on its catalog. */
export default async function AdminStoreHome({ params }: { params: Promise<{ store: string }> }) {
  redirect(adminHref((await params).store, 'catalog'));
}
