import 'server-only';
import type { ReactNode } from 'react';
import { StoreWorkspacePage } from '~/components/workspace/StoreWorkspacePage';
import { mayAnalyse } from '~/lib/analyst/access';
import { ANALYST_HOME, SECTIONS, sectionHref, type SectionId } from '~/lib/analyst/routes';
import type { StoreInfo } from '~/lib/storefront/apiTypes';

/** One section of a store's workbench, for the store's analysts (see StoreWorkspacePage). */
export function AnalystPage({
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
  return (
    <StoreWorkspacePage
      store={store}
      returnTo={returnTo}
      role="analyst"
      mayEnter={mayAnalyse}
      area={{
        href: ANALYST_HOME,
        label: 'Analyst',
        storePrefix: 'Analyst',
        storesLabel: 'Your analyst stores',
      }}
      nav={(info) =>
        SECTIONS.map((s) => ({
          href: sectionHref(info.slug, s.id),
          label: s.label,
          current: s.id === section,
        }))
      }
    >
      {children}
    </StoreWorkspacePage>
  );
}
