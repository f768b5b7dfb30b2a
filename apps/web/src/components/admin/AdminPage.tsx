import 'server-only';
import type { ReactNode } from 'react';
import { StoreWorkspacePage } from '~/components/workspace/StoreWorkspacePage';
import { mayManage } from '~/lib/admin/access';
import { ADMIN_HOME, ADMIN_SECTIONS, adminHref, type AdminSectionId } from '~/lib/admin/routes';
import type { StoreInfo } from '~/lib/storefront/apiTypes';

/** One section of a store's admin, for the store's merchants (see StoreWorkspacePage). */
export function AdminPage({
  store,
  section,
  children,
}: {
  store: string;
  section: AdminSectionId;
  children: (store: StoreInfo) => ReactNode;
}) {
  return (
    <StoreWorkspacePage
      store={store}
      returnTo={adminHref(store, section)}
      role="merchant"
      mayEnter={mayManage}
      area={{
        href: ADMIN_HOME,
        label: 'Merchant admin',
        storePrefix: 'Admin',
        storesLabel: 'Your stores',
      }}
      nav={(info) =>
        ADMIN_SECTIONS.map((s) => ({
          href: adminHref(info.slug, s.id),
          label: s.label,
          current: s.id === section,
        }))
      }
    >
      {children}
    </StoreWorkspacePage>
  );
}
