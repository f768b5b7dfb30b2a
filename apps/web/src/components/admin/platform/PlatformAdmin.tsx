'use client';
import { useQueryClient } from '@tanstack/react-query';
import { Columns, Section } from '~/components/ui';
import { useTRPC } from '~/trpc/react';
import { CreateStoreForm } from './CreateStoreForm';
import { CreateUserForm } from './CreateUserForm';
import { GrantRoleForm } from './GrantRoleForm';
import { StoresTable } from './StoresTable';
import { UsersTable } from './UsersTable';

/** Stores, accounts and roles in stores, for platform administrators. */
export function PlatformAdmin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.platform.pathKey() });
  return (
    <>
      <Section title="Stores" headingId="stores-heading">
        <StoresTable />
        <CreateStoreForm onCreated={refresh} />
      </Section>
      <Section title="Accounts and roles" headingId="users-heading">
        <UsersTable onChanged={refresh} />
        <Columns>
          <CreateUserForm onCreated={refresh} />
          <GrantRoleForm onGranted={refresh} />
        </Columns>
      </Section>
    </>
  );
}
