'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { adminErrorMessage, retryUnlessRefused } from '~/lib/admin/apiError';
import { useTRPC } from '~/trpc/react';
import admin from '../Admin.module.css';
import styles from './UsersTable.module.css';

/** Every account with its roles; a role can be taken away. */
export function UsersTable({ onChanged }: { onChanged: () => void }) {
  const trpc = useTRPC();
  const users = useQuery({ ...trpc.platform.users.queryOptions(), retry: retryUnlessRefused });
  const revoke = useMutation(trpc.platform.revokeRole.mutationOptions({ onSuccess: onChanged }));
  const failure = users.error ?? revoke.error;
  return (
    <>
      <p className={admin.problem} role="alert">
        {failure ? adminErrorMessage(failure) : ''}
      </p>
      <div className={admin.tableWrap}>
        <table className={admin.table}>
          <caption className="visually-hidden">Accounts</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Roles</th>
            </tr>
          </thead>
          <tbody>
            {users.data?.map((u) => (
              <tr key={u.id}>
                <td>
                  <span className={styles.email}>{u.email}</span>
                  {u.name && <span className={admin.muted}> · {u.name}</span>}
                  {u.isPlatformAdmin && <span className={styles.tag}>Platform admin</span>}
                </td>
                <td>
                  {u.roles.length === 0 && <span className={admin.muted}>No role</span>}
                  <ul className={styles.roles}>
                    {u.roles.map((r) => (
                      <li key={`${r.store}-${r.role}`}>
                        {r.role} of {r.storeName}{' '}
                        <button
                          type="button"
                          className={admin.dangerLink}
                          disabled={revoke.isPending}
                          onClick={() =>
                            revoke.mutate({ userId: u.id, store: r.store, role: r.role })
                          }
                          aria-label={`Remove ${r.role} role of ${u.email} in ${r.storeName}`}
                        >
                          Remove
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
