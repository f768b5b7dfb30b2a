'use client';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminErrorMessage, fieldErrorsOf } from '~/lib/admin/apiError';
import { useTRPC } from '~/trpc/react';
import { AdminField } from '../AdminField';
import admin from '../Admin.module.css';

export function CreateStoreForm({ onCreated }: { onCreated: () => void }) {
  const trpc = useTRPC();
  const [values, setValues] = useState({ name: '', slug: '', currency: 'USD' });
  const [notice, setNotice] = useState('');
  const create = useMutation(
    trpc.platform.createStore.mutationOptions({
      onSuccess: ({ slug }) => {
        setNotice(`Store “${slug}” created.`);
        setValues({ name: '', slug: '', currency: 'USD' });
        onCreated();
      },
    }),
  );
  const errors = create.isError ? fieldErrorsOf(create.error) : {};
  const set = (key: keyof typeof values) => (value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice('');
    create.mutate(values);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3>New store</h3>
      <div className={admin.fields}>
        <AdminField label="Name" error={errors.name} className={admin.wide}>
          {(control) => (
            <input
              {...control}
              className={admin.input}
              value={values.name}
              onChange={(e) => set('name')(e.target.value)}
            />
          )}
        </AdminField>
        <AdminField
          label="Address name"
          hint="Lowercase letters, digits, dashes: /s/<name>"
          error={errors.slug}
        >
          {(control) => (
            <input
              {...control}
              className={admin.input}
              value={values.slug}
              onChange={(e) => set('slug')(e.target.value)}
            />
          )}
        </AdminField>
        <AdminField label="Currency" error={errors.currency}>
          {(control) => (
            <input
              {...control}
              className={admin.input}
              size={5}
              maxLength={3}
              value={values.currency}
              onChange={(e) => set('currency')(e.target.value.toUpperCase())}
            />
          )}
        </AdminField>
      </div>
      <p className={admin.problem} role="alert">
        {create.isError && Object.keys(errors).length === 0 ? adminErrorMessage(create.error) : ''}
      </p>
      <p className={admin.success} role="status" hidden={!notice}>
        {notice}
      </p>
      <div className={admin.actions}>
        <button type="submit" className={admin.button} disabled={create.isPending}>
          Create store
        </button>
      </div>
    </form>
  );
}
