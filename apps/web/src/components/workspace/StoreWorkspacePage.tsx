import 'server-only';
import type { ReactNode } from 'react';
import { ADMIN_HOME, ADMIN_SECTIONS, adminHref, type AdminSectionId } from '~/lib/admin/routes';
import {
  ANALYST_HOME,
  pathWithQuery,
  SECTIONS,
  sectionHref,
  type SectionId,
} from '~/lib/analyst/routes';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { mayWorkIn, type StoreRole } from '~/lib/workspace/access';
import { requireViewer } from '~/server/auth/viewer';
import { loadStore } from '~/server/storefront/loadStore';
import { NoStoreAccess } from './NoStoreAccess';
import { WorkspaceFrame } from './WorkspaceFrame';

/** The sections of each role's area, and how the area names itself. */
const AREAS = {
  merchant: {
    href: ADMIN_HOME,
    label: 'Merchant admin',
    storePrefix: 'Admin',
    storesLabel: 'Your stores',
    sections: ADMIN_SECTIONS,
    sectionHref: adminHref as (store: string, section: string) => string,
  },
  analyst: {
    href: ANALYST_HOME,
    label: 'Analyst',
    storePrefix: 'Analyst',
    storesLabel: 'Your analyst stores',
    sections: SECTIONS,
    sectionHref: sectionHref as (store: string, section: string) => string,
  },
};

/** A section of the area of a role. */
export type SectionOf<R extends StoreRole> = R extends 'merchant' ? AdminSectionId : SectionId;

/**
 * One section of a store's workspace (merchant admin, analyst workbench): the signed-out are sent
 * to sign in and brought back to `returnTo` (the section by default), a user without the store's
 * role is told so, everyone else gets the section in the area's frame. The API checks the role
 * again on every call.
 */
export async function StoreWorkspacePage<R extends StoreRole>({
  role,
  store,
  section,
  returnTo,
  children,
}: {
  role: R;
  store: string;
  section: SectionOf<R>;
  returnTo?: string | undefined;
  children: (store: StoreInfo) => ReactNode;
}) {
  const area = AREAS[role];
  const back = returnTo ?? area.sectionHref(store, section);
  const viewer = await requireViewer(back);
  if (!mayWorkIn(viewer, store, role)) {
    return (
      <WorkspaceFrame area={{ label: area.label, href: area.href }} viewer={viewer}>
        <NoStoreAccess
          role={role}
          store={store}
          email={viewer.email}
          returnTo={back}
          home={{ label: area.storesLabel, href: area.href }}
        />
      </WorkspaceFrame>
    );
  }
  const info = await loadStore(store);
  const nav = area.sections.map((s) => ({
    href: area.sectionHref(info.slug, s.id),
    label: s.label,
    current: s.id === section,
  }));
  return (
    <WorkspaceFrame
      area={{ label: `${area.storePrefix} · ${info.name}`, href: area.href }}
      nav={nav}
      viewer={viewer}
    >
      {children(info)}
    </WorkspaceFrame>
  );
}

interface SectionPageProps {
  params: Promise<{ store: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The page (as Next.js calls it) of one section of every store's workspace: `render` gets the
 * store. `keepQuery`: a section whose state is in its URL comes back to it after sign-in.
 */
export function storeSectionPage<R extends StoreRole>(
  role: R,
  section: SectionOf<R>,
  render: (store: StoreInfo) => ReactNode,
  { keepQuery = false }: { keepQuery?: boolean } = {},
) {
  return async function StoreSectionPage({ params, searchParams }: SectionPageProps) {
    const { store } = await params;
    const returnTo = keepQuery
      ? pathWithQuery(AREAS[role].sectionHref(store, section), await searchParams)
      : undefined;
    return (
      <StoreWorkspacePage role={role} store={store} section={section} returnTo={returnTo}>
        {render}
      </StoreWorkspacePage>
    );
  };
}
