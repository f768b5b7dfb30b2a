'use client';
import { useMutation } from '@tanstack/react-query';
import { fieldBinder, FieldRow, FormFooter, InputField } from '~/components/ui';
import { useTRPC } from '~/trpc/react';
import { refusalOf, useCreateForm } from '../formOutcome';

const EMPTY = { name: '', slug: '', currency: 'USD' };

export function CreateStoreForm({ onCreated }: { onCreated: () => void }) {
  const trpc = useTRPC();
  const { values, setValues, form, created } = useCreateForm(EMPTY, onCreated);
  const create = useMutation(
    trpc.platform.createStore.mutationOptions({
      onSuccess: ({ slug }) => created(`Store “${slug}” created.`),
    }),
  );
  const { fieldErrors, problem } = refusalOf(create);
  const set = (key: keyof typeof values, value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const bind = fieldBinder(values, fieldErrors, set);
  return (
    <form onSubmit={form.onSubmit(() => create.mutate(values))} noValidate>
      <h3>New store</h3>
      <FieldRow>
        <InputField {...bind('name')} label="Name" grow />
        <InputField
          {...bind('slug')}
          label="Address name"
          hint="Lowercase letters, digits, dashes: /s/<name>"
        />
        <InputField
          {...bind('currency')}
          label="Currency"
          size={5}
          maxLength={3}
          onChange={(e) => set('currency', e.target.value.toUpperCase())}
        />
      </FieldRow>
      <FormFooter
        problem={problem}
        notice={form.notice}
        submit="Create store"
        pending={create.isPending}
      />
    </form>
  );
}
