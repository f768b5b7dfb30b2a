import 'server-only';
import type { ReactNode } from 'react';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { requireViewer, type Viewer } from '~/server/auth/viewer';
import { loadStore } from '~/server/storefront/loadStore';
import { NoStoreAccess } from './NoStoreAccess';
import { WorkspaceFrame, type WorkspaceNavItem } from './WorkspaceFrame';

/**
 * One section of a store's workspace (merchant admin, analyst workbench): the signed-out are sent
 * to sign in and brought back to `returnTo`, a user without the store's role is told so, everyone
 * else gets the section in the area's frame. The API checks the role again on every call.
 */
export async function StoreWorkspacePage({
  store,
  returnTo,
  role,
  mayEnter,
  area,
  nav,
  children,
}: {
  store: string;
  returnTo: string;
  role: 'merchant' | 'analyst';
  mayEnter: (viewer: Viewer, store: string) => boolean;
  /**
   * The area's home; its name on its own and before a store's name ("Merchant admin", "Admin ·
   * Demo"); the label of its list of the user's stores.
   */
  area: { href: string; label: string; storePrefix: string; storesLabel: string };
  nav: (store: StoreInfo) => WorkspaceNavItem[];
  children: (store: StoreInfo) => ReactNode;
}) {
  const viewer = await requireViewer(returnTo);
  if (!mayEnter(viewer, store)) {
    return (
      <WorkspaceFrame area={{ label: area.label, href: area.href }} viewer={viewer}>
        <NoStoreAccess
          role={role}
          store={store}
          email={viewer.email}
          returnTo={returnTo}
          home={{ label: area.storesLabel, href: area.href }}
        />
      </WorkspaceFrame>
    );
  }
  const info = await loadStore(store);
  return (
    <WorkspaceFrame
      area={{ label: `${area.storePrefix} · ${info.name}`, href: area.href }}
      nav={nav(info)}
      viewer={viewer}
    >
      {children(info)}
    </WorkspaceFrame>
  );
}
