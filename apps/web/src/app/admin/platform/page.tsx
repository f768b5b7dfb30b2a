import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, Panel } from '~/components/ui';
import { PlatformAdmin } from '~/components/admin/platform/PlatformAdmin';
import { WorkspaceFrame } from '~/components/workspace/WorkspaceFrame';
import { ADMIN_HOME, PLATFORM_ADMIN } from '~/lib/admin/routes';
import { requireViewer } from '~/server/auth/viewer';

export const metadata: Metadata = { title: 'Platform administration · Shopsearch' };

/** Stores, accounts and roles; only platform administrators (the API checks every call). */
export default async function PlatformAdminPage() {
  const viewer = await requireViewer(PLATFORM_ADMIN);
  return (
    <WorkspaceFrame
      area={{ label: 'Platform administration', href: PLATFORM_ADMIN }}
      viewer={viewer}
    >
      {viewer.isPlatformAdmin ? (
        <>
          <PageHeader title="Platform administration">
            Create stores and accounts, and give accounts roles in stores.
          </PageHeader>
          <PlatformAdmin />
        </>
      ) : (
        <>
          <PageHeader title="Platform administration" />
          <Panel as="p">
            Only platform administrators can manage stores and accounts. Your stores are in the{' '}
            <Link href={ADMIN_HOME}>merchant admin</Link>.
          </Panel>
        </>
      )}
    </WorkspaceFrame>
  );
}
