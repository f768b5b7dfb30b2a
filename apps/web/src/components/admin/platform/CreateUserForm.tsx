'use client';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminErrorMessage, fieldErrorsOf } from '~/lib/admin/apiError';
import { useTRPC } from '~/trpc/react';
import { AdminField } from '../AdminField';
import admin from '../Admin.module.css';

const EMPTY = { email: '', name: '', password: '', isPlatformAdmin: false };

/** A new account with a first password (shared with its owner out of band). */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const trpc = useTRPC();
  const [values, setValues] = useState(EMPTY);
  const [notice, setNotice] = useState('');
  const create = useMutation(
    trpc.platform.createUser.mutationOptions({
      onSuccess: ({ email }) => {
        setNotice(`Account ${email} created. Give it a role in a store.`);
        setValues(EMPTY);
        onCreated();
      },
    }),
  );
  const errors = create.isError ? fieldErrorsOf(create.error) : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice('');
    create.mutate(values);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3>New account</h3>
      <div className={admin.fields}>
        <AdminField label="Email" error={errors.email} className={admin.wide}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              className={admin.input}
              value={values.email}
              onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))}
            />
          )}
        </AdminField>
        <AdminField label="Name" error={errors.name} className={admin.wide}>
          {(control) => (
            <input
              {...control}
              className={admin.input}
              value={values.name}
              onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
            />
          )}
        </AdminField>
        <AdminField
          label="First password"
          hint="At least 10 characters."
          error={errors.password}
          className={admin.wide}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              className={admin.input}
              value={values.password}
              onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
            />
          )}
        </AdminField>
      </div>
      <label className={admin.checkbox}>
        <input
          type="checkbox"
          checked={values.isPlatformAdmin}
          onChange={(e) => setValues((v) => ({ ...v, isPlatformAdmin: e.target.checked }))}
        />{' '}
        Platform administrator (all stores, accounts and roles)
      </label>
      <p className={admin.problem} role="alert">
        {create.isError && Object.keys(errors).length === 0 ? adminErrorMessage(create.error) : ''}
      </p>
      <p className={admin.success} role="status" hidden={!notice}>
        {notice}
      </p>
      <div className={admin.actions}>
        <button type="submit" className={admin.button} disabled={create.isPending}>
          Create account
        </button>
      </div>
    </form>
  );
}
