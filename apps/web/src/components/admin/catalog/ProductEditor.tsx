'use client';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  fieldBinder,
  FieldRow,
  FormFooter,
  InputField,
  LabelOptions,
  Muted,
  SelectField,
  TextAreaField,
} from '~/components/ui';
import { adminErrorMessage, apiFieldErrors } from '~/lib/admin/apiError';
import {
  AVAILABILITY_LABELS,
  formFieldErrors,
  formValuesOf,
  patchOf,
  type EditableField,
  type ProductFormValues,
} from '~/lib/admin/productForm';
import { useTRPC } from '~/trpc/react';
import type { ProductActionProps } from './productAction';
import styles from './ProductEditor.module.css';

type FieldErrors = Partial<Record<EditableField, string>>;

/**
 * What an edit changes when (the platform's updateProduct): the first stage gets the new text at
 * once, the reranker's token vectors are computed by the next re-index.
 */
const EDIT_REACHES_SEARCH =
  'Search finds and shows the new text now; ranking by meaning uses it after the next re-index.';

/**
 * Edits one product's title, brand, price (in major units of its currency), availability and
 * description. The API validates like an import does; its refusals appear beside each field and
 * nothing is saved.
 */
export function ProductEditor({ store, product, onDone, onCancel }: ProductActionProps) {
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ProductFormValues>(() => formValuesOf(product));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  // Each refusal moves focus to the first field to fix, once the errors are on screen, so
  // keyboard and screen reader users land on it.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const update = useMutation(trpc.catalog.updateProduct.mutationOptions());

  const bind = fieldBinder(values, fieldErrors, (field, value) =>
    setValues((current) => ({ ...current, [field]: value })),
  );

  const showErrors = (errors: FieldErrors, message = '') => {
    setFieldErrors(errors);
    setFormError(message);
    setRefusals((n) => n + 1);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = patchOf(product, values);
    if (!result.ok) return showErrors(result.fieldErrors);
    if (!result.patch) return onDone('Nothing changed.');
    update.mutate(
      { store, id: product.id, patch: result.patch },
      {
        onSuccess: (saved) =>
          onDone(
            saved.contentHashChanged
              ? `Saved “${values.title.trim()}”. ${EDIT_REACHES_SEARCH}`
              : `Saved “${values.title.trim()}”.`,
          ),
        onError: (error) => {
          const errors = formFieldErrors(apiFieldErrors(error));
          showErrors(
            errors,
            Object.keys(errors).length ? 'The product was not saved.' : adminErrorMessage(error),
          );
        },
      },
    );
  };

  return (
    <form ref={form} className={styles.form} onSubmit={onSubmit} noValidate>
      <Muted>
        Id <code>{product.id}</code>
        {product.sku && (
          <>
            {' · '}SKU <code>{product.sku}</code>
          </>
        )}
      </Muted>
      <InputField {...bind('title')} name="title" label="Title" />
      <FieldRow>
        <InputField {...bind('brand')} name="brand" label="Brand" grow />
        <InputField
          {...bind('price')}
          name="price"
          label={`Price (${product.currency})`}
          hint="Empty for “price on request”."
          controlClassName={styles.price}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField {...bind('availability')} name="availability" label="Availability">
          <LabelOptions labels={AVAILABILITY_LABELS} />
        </SelectField>
      </FieldRow>
      <TextAreaField {...bind('description')} name="description" label="Description" rows={6} />
      <FormFooter
        problem={formError}
        submit="Save"
        pending={update.isPending}
        pendingText="Saving…"
      >
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </FormFooter>
    </form>
  );
}
