import 'server-only';
import type { ReactNode } from 'react';
import { WorkspaceFrame } from '~/components/workspace/WorkspaceFrame';
import { mayManage } from '~/lib/admin/access';
import { ADMIN_HOME, ADMIN_SECTIONS, adminHref, type AdminSectionId } from '~/lib/admin/routes';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { requireViewer } from '~/server/auth/viewer';
import { loadStore } from '~/server/storefront/loadStore';
import { NoStoreAccess } from '~/components/workspace/NoStoreAccess';

/**
 * One section of a store's admin: the signed-out are sent to sign in (and brought back), a user
 * who is not a merchant of the store is told so, everyone else gets the section in the admin's
 * frame. The API checks the role again on every call.
 */
export async function AdminPage({
  store,
  section,
  children,
}: {
  store: string;
  section: AdminSectionId;
  children: (store: StoreInfo) => ReactNode;
}) {
  const returnTo = adminHref(store, section);
  const viewer = await requireViewer(returnTo);
  if (!mayManage(viewer, store)) {
    return (
      <WorkspaceFrame area={{ label: 'Merchant admin', href: ADMIN_HOME }} viewer={viewer}>
        <NoStoreAccess
          role="merchant"
          store={store}
          email={viewer.email}
          returnTo={returnTo}
          home={{ label: 'Your stores', href: ADMIN_HOME }}
        />
      </WorkspaceFrame>
    );
  }
  const info = await loadStore(store);
  return (
    <WorkspaceFrame
      area={{ label: `Admin · ${info.name}`, href: ADMIN_HOME }}
      nav={ADMIN_SECTIONS.map((s) => ({
        href: adminHref(info.slug, s.id),
        label: s.label,
        current: s.id === section,
      }))}
      viewer={viewer}
    >
      {children(info)}
    </WorkspaceFrame>
  );
}
