import 'server-only';
import type { ReactNode } from 'react';
import { WorkspaceFrame } from '~/components/workspace/WorkspaceFrame';
import { mayAnalyse } from '~/lib/analyst/access';
import { ANALYST_HOME, SECTIONS, sectionHref, type SectionId } from '~/lib/analyst/routes';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { requireViewer } from '~/server/auth/viewer';
import { loadStore } from '~/server/storefront/loadStore';
import { NoStoreAccess } from '~/components/workspace/NoStoreAccess';

/**
 * One section of a store's workbench: the signed-out are sent to sign in (and brought back to
 * `returnTo`), a user who is not an analyst of the store is told so, everyone else gets the
 * section in the workbench's frame. The API checks the role again on every call.
 */
export async function AnalystPage({
  store,
  section,
  returnTo,
  children,
}: {
  store: string;
  section: SectionId;
  returnTo: string;
  children: (store: StoreInfo) => ReactNode;
}) {
  const viewer = await requireViewer(returnTo);
  if (!mayAnalyse(viewer, store)) {
    return (
      <WorkspaceFrame area={{ label: 'Analyst', href: ANALYST_HOME }} viewer={viewer}>
        <NoStoreAccess
          role="analyst"
          store={store}
          email={viewer.email}
          returnTo={returnTo}
          home={{ label: 'Your analyst stores', href: ANALYST_HOME }}
        />
      </WorkspaceFrame>
    );
  }
  const info = await loadStore(store);
  return (
    <WorkspaceFrame
      area={{ label: `Analyst · ${info.name}`, href: ANALYST_HOME }}
      nav={SECTIONS.map((s) => ({
        href: sectionHref(info.slug, s.id),
        label: s.label,
        current: s.id === section,
      }))}
      viewer={viewer}
    >
      {children(info)}
    </WorkspaceFrame>
  );
}
