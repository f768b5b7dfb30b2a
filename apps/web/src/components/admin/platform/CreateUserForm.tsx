'use client';
import { useMutation } from '@tanstack/react-query';
import { Choice, fieldBinder, FieldRow, FormFooter, InputField } from '~/components/ui';
import { useTRPC } from '~/trpc/react';
import { refusalOf, useCreateForm } from '../formOutcome';

const EMPTY = { email: '', name: '', password: '', isPlatformAdmin: false };

/** A new account with a first password (shared with its owner out of band). */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const trpc = useTRPC();
  const { values, setValues, form, created } = useCreateForm(EMPTY, onCreated);
  const create = useMutation(
    trpc.platform.createUser.mutationOptions({
      onSuccess: ({ email }) => created(`Account ${email} created. Give it a role in a store.`),
    }),
  );
  const { fieldErrors, problem } = refusalOf(create);
  const bind = fieldBinder<'email' | 'name' | 'password'>(values, fieldErrors, (key, value) =>
    setValues((v) => ({ ...v, [key]: value })),
  );
  return (
    <form onSubmit={form.onSubmit(() => create.mutate(values))} noValidate>
      <h3>New account</h3>
      <FieldRow>
        <InputField {...bind('email')} label="Email" grow type="email" autoComplete="off" />
        <InputField {...bind('name')} label="Name" grow />
        <InputField
          {...bind('password')}
          label="First password"
          hint="At least 10 characters."
          grow
          type="password"
          autoComplete="new-password"
        />
      </FieldRow>
      <Choice
        type="checkbox"
        label="Platform administrator (all stores, accounts and roles)"
        checked={values.isPlatformAdmin}
        onChange={(e) => setValues((v) => ({ ...v, isPlatformAdmin: e.target.checked }))}
      />
      <FormFooter
        problem={problem}
        notice={form.notice}
        submit="Create account"
        pending={create.isPending}
      />
    </form>
  );
}
