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
        <RequiredChoice
          label="Account"
          prompt="Choose an account"
          grow
          value={userId}
          onChange={setUserId}
          choices={users.data?.map((u) => ({ value: String(u.id), label: u.email }))}
        />
        <RequiredChoice
          label="Store"
          prompt="Choose a store"
          value={store}
          onChange={setStore}
          choices={stores.data?.map((s) => ({ value: s.slug, label: s.name }))}
        />
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

/** A required choice among what the API listed, empty (`prompt`) until one is picked. */
function RequiredChoice({
  label,
  prompt,
  grow = false,
  value,
  onChange,
  choices,
}: {
  label: string;
  prompt: string;
  grow?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Undefined while the list loads. */
  choices: { value: string; label: string }[] | undefined;
}) {
  return (
    <SelectField
      label={label}
      grow={grow}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{prompt}</option>
      {choices?.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </SelectField>
  );
}
