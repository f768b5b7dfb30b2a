'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '~/trpc/react';
import admin from '../Admin.module.css';
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
      <section className={admin.panel} aria-labelledby="stores-heading">
        <h2 id="stores-heading" className={admin.sectionHeading}>
          Stores
        </h2>
        <StoresTable />
        <CreateStoreForm onCreated={refresh} />
      </section>
      <section className={admin.panel} aria-labelledby="users-heading">
        <h2 id="users-heading" className={admin.sectionHeading}>
          Accounts and roles
        </h2>
        <UsersTable onChanged={refresh} />
        <div className={admin.twoColumns}>
          <CreateUserForm onCreated={refresh} />
          <GrantRoleForm onGranted={refresh} />
        </div>
      </section>
    </>
  );
}
