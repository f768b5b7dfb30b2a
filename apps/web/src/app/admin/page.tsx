import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, Panel } from '~/components/ui';
import { StoreSectionsList } from '~/components/workspace/StoreSectionsList';
import { WorkspaceFrame } from '~/components/workspace/WorkspaceFrame';
import { ADMIN_HOME, ADMIN_SECTIONS, adminHref, PLATFORM_ADMIN } from '~/lib/admin/routes';
import { storesWithRole } from '~/lib/workspace/access';
import { requireViewer } from '~/server/auth/viewer';
import { serverCaller } from '~/trpc/server';

export const metadata: Metadata = { title: 'Merchant admin · Shopsearch' };

/** The admin's front door: the stores the user manages (every store, for administrators). */
export default async function AdminHome() {
  const viewer = await requireViewer(ADMIN_HOME);
  const stores = viewer.isPlatformAdmin
    ? (await (await serverCaller()).platform.stores()).map((s) => ({ slug: s.slug, name: s.name }))
    : storesWithRole(viewer, 'merchant');
  return (
    <WorkspaceFrame area={{ label: 'Merchant admin', href: ADMIN_HOME }} viewer={viewer}>
      <PageHeader title="Your stores">
        Manage each store’s catalog, upload new products and keep its search index up to date.
      </PageHeader>
      {viewer.isPlatformAdmin && (
        <Panel as="p">
          You are a platform administrator:{' '}
          <Link href={PLATFORM_ADMIN}>manage stores, accounts and roles</Link>.
        </Panel>
      )}
      <StoreSectionsList
        stores={stores.map((store) => ({
          ...store,
          sections: ADMIN_SECTIONS.map((s) => ({
            label: s.label,
            href: adminHref(store.slug, s.id),
          })),
        }))}
        empty="Your account does not manage any store yet. Ask a platform administrator for the merchant role in your store."
      />
    </WorkspaceFrame>
  );
}
