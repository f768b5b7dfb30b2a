'use client';
import { useMutation } from '@tanstack/react-query';
import type { JudgmentImport } from '~/lib/analyst/apiTypes';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import workbench from '../Workbench.module.css';
import { useAfterImport } from './useAfterImport';

/** Imports the human-graded Icecat dev judgments that ship with the project. */
export function ImportBundledButton({
  store,
  onImported,
}: {
  store: string;
  onImported: (result: JudgmentImport) => void;
}) {
  const trpc = useTRPC();
  const afterImport = useAfterImport(onImported);
  const importBundled = useMutation(
    trpc.judgments.importBundled.mutationOptions({ onSuccess: afterImport }),
  );
  return (
    <section className={workbench.panel} aria-labelledby="import-bundled-heading">
      <h2 id="import-bundled-heading" className={workbench.sectionHeading}>
        The bundled Icecat dev set
      </h2>
      <p className={workbench.note}>
        68 real shopping queries with human grades for the Icecat catalog. Judgments of products
        this store does not have are skipped and listed in the report.
      </p>
      <div className={workbench.actions}>
        <button
          type="button"
          className={workbench.secondaryButton}
          disabled={importBundled.isPending}
          onClick={() => importBundled.mutate({ store })}
        >
          {importBundled.isPending && <span className={workbench.spinner} aria-hidden="true" />}
          {importBundled.isPending ? 'Importing…' : 'Import the Icecat dev set'}
        </button>
        <p className={workbench.problem} role="alert">
          {importBundled.error && toWorkbenchError(importBundled.error).message}
        </p>
      </div>
    </section>
  );
}
