'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminErrorMessage } from '~/lib/admin/apiError';
import type { Role } from '~/lib/admin/apiTypes';
import { useTRPC } from '~/trpc/react';
import { AdminField } from '../AdminField';
import admin from '../Admin.module.css';

/** Gives an account a role in a store: merchant (catalog, index) or analyst (workbench). */
export function GrantRoleForm({ onGranted }: { onGranted: () => void }) {
  const trpc = useTRPC();
  const users = useQuery(trpc.platform.users.queryOptions());
  const stores = useQuery(trpc.platform.stores.queryOptions());
  const [userId, setUserId] = useState('');
  const [store, setStore] = useState('');
  const [role, setRole] = useState<Role>('merchant');
  const [notice, setNotice] = useState('');
  const grant = useMutation(
    trpc.platform.grantRole.mutationOptions({
      onSuccess: () => {
        const email = users.data?.find((u) => String(u.id) === userId)?.email ?? 'The account';
        const name = stores.data?.find((s) => s.slug === store)?.name ?? store;
        setNotice(
          `${email} is now ${role === 'merchant' ? 'a merchant' : 'an analyst'} of ${name}.`,
        );
        onGranted();
      },
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice('');
    grant.mutate({ userId: Number(userId), store, role });
  };
  return (
    <form onSubmit={onSubmit}>
      <h3>Give a role</h3>
      <div className={admin.fields}>
        <AdminField label="Account" className={admin.wide}>
          {(control) => (
            <select
              {...control}
              className={admin.select}
              required
              value={userId}
              onChange={(e) => setUserId(e.target.value)}
            >
              <option value="">Choose an account</option>
              {users.data?.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.email}
                </option>
              ))}
            </select>
          )}
        </AdminField>
        <AdminField label="Store">
          {(control) => (
            <select
              {...control}
              className={admin.select}
              required
              value={store}
              onChange={(e) => setStore(e.target.value)}
            >
              <option value="">Choose a store</option>
              {stores.data?.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </AdminField>
        <AdminField label="Role">
          {(control) => (
            <select
              {...control}
              className={admin.select}
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
            >
              <option value="merchant">Merchant</option>
              <option value="analyst">Analyst</option>
            </select>
          )}
        </AdminField>
      </div>
      <p className={admin.problem} role="alert">
        {grant.isError ? adminErrorMessage(grant.error) : ''}
      </p>
      <p className={admin.success} role="status" hidden={!notice}>
        {notice}
      </p>
      <div className={admin.actions}>
        <button type="submit" className={admin.button} disabled={grant.isPending}>
          Give role
        </button>
      </div>
    </form>
  );
}
