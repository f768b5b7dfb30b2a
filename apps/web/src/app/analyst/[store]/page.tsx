import { redirect } from 'next/navigation';
import { sectionHref } from '~/lib/analyst/routes';

/** A store's workbench opens on the comparison. */
export default async function AnalystStoreHome({ params }: { params: Promise<{ store: string }> }) {
  redirect(sectionHref((await params).store, 'compare'));
}
