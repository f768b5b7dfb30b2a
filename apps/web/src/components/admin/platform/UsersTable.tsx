'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, DataTable, Muted, Problem } from '~/components/ui';
import { retryUnlessRefused } from '~/lib/admin/apiError';
import { useTRPC } from '~/trpc/react';
import { messageOf } from '../formOutcome';
import styles from './UsersTable.module.css';

/** Every account with its roles; a role can be taken away. */
export function UsersTable({ onChanged }: { onChanged: () => void }) {
  const trpc = useTRPC();
  const users = useQuery({ ...trpc.platform.users.queryOptions(), retry: retryUnlessRefused });
  const revoke = useMutation(trpc.platform.revokeRole.mutationOptions({ onSuccess: onChanged }));
  return (
    <>
      <Problem>{messageOf(users.error, revoke.error)}</Problem>
      <DataTable
        caption="Accounts"
        captionHidden
        rows={users.data ?? []}
        rowKey={(u) => u.id}
        layout="cards"
        columns={[
          {
            header: 'Account',
            cell: (u) => (
              <>
                <span className={styles.email}>{u.email}</span>
                {u.name && <Muted as="span"> · {u.name}</Muted>}
                {u.isPlatformAdmin && <span className={styles.tag}>Platform admin</span>}
              </>
            ),
          },
          {
            header: 'Roles',
            cell: (u) => (
              <>
                {u.roles.length === 0 && <Muted as="span">No role</Muted>}
                <ul className={styles.roles}>
                  {u.roles.map((r) => (
                    <li key={`${r.store}-${r.role}`}>
                      {r.role} of {r.storeName}{' '}
                      <Button
                        variant="dangerLink"
                        disabled={revoke.isPending}
                        onClick={() =>
                          revoke.mutate({ userId: u.id, store: r.store, role: r.role })
                        }
                        aria-label={`Remove ${r.role} role of ${u.email} in ${r.storeName}`}
                      >
                        Remove
                      </Button>
                    </li>
                  ))}
                </ul>
              </>
            ),
          },
        ]}
      />
    </>
  );
}
