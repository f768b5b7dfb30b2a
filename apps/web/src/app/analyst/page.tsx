import type { Metadata } from 'next';
import { PageHeader } from '~/components/ui';
import { StoreSectionsList } from '~/components/workspace/StoreSectionsList';
import { WorkspaceFrame } from '~/components/workspace/WorkspaceFrame';
import { ANALYST_HOME, SECTIONS, sectionHref } from '~/lib/analyst/routes';
import { storesWithRole } from '~/lib/workspace/access';
import { requireViewer } from '~/server/auth/viewer';

export const metadata: Metadata = { title: 'Analyst workbench · Shopsearch' };

/** The workbench's front door: the stores the signed-in user analyses. */
export default async function AnalystHome() {
  const viewer = await requireViewer(ANALYST_HOME);
  return (
    <WorkspaceFrame area={{ label: 'Analyst', href: ANALYST_HOME }} viewer={viewer}>
      <PageHeader title="Analyst workbench">
        Compare rankings, keep judgment sets, run evaluations and read search analytics for the
        stores you analyse.
      </PageHeader>
      <StoreSectionsList
        stores={storesWithRole(viewer, 'analyst').map((store) => ({
          ...store,
          sections: SECTIONS.map((s) => ({ label: s.label, href: sectionHref(store.slug, s.id) })),
        }))}
        empty="Your account is not an analyst of any store yet. Ask a store’s owner for the analyst role."
      />
    </WorkspaceFrame>
  );
}
