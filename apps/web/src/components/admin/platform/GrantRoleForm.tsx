'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FieldRow, FormFooter, SelectField } from '~/components/ui';
import type { Role } from '~/lib/admin/apiTypes';
import { useTRPC } from '~/trpc/react';
import { messageOf, useFormNotice } from '../formOutcome';

/** Gives an account a role in a store: merchant (catalog, index) or analyst (workbench). */
export function GrantRoleForm({ onGranted }: { onGranted: () => void }) {
  const trpc = useTRPC();
  const users = useQuery(trpc.platform.users.queryOptions());
  const stores = useQuery(trpc.platform.stores.queryOptions());
  const [userId, setUserId] = useState('');
  const [store, setStore] = useState('');
  const [role, setRole] = useState<Role>('merchant');
  const form = useFormNotice();
  const grant = useMutation(
    trpc.platform.grantRole.mutationOptions({
      onSuccess: () => {
        const email = users.data?.find((u) => String(u.id) === userId)?.email ?? 'The account';
        const name = stores.data?.find((s) => s.slug === store)?.name ?? store;
        form.setNotice(
          `${email} is now ${role === 'merchant' ? 'a merchant' : 'an analyst'} of ${name}.`,
        );
        onGranted();
      },
    }),
  );
  return (
    <form onSubmit={form.onSubmit(() => grant.mutate({ userId: Number(userId), store, role }))}>
      <h3>Give a role</h3>
      <FieldRow>
        <SelectField
          label="Account"
          grow
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
        </SelectField>
        <SelectField
          label="Store"
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
        </SelectField>
        <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <option value="merchant">Merchant</option>
          <option value="analyst">Analyst</option>
        </SelectField>
      </FieldRow>
      <FormFooter
        problem={messageOf(grant.error)}
        notice={form.notice}
        submit="Give role"
        pending={grant.isPending}
      />
    </form>
  );
}
