'use client';
import { useMutation } from '@tanstack/react-query';
import { Actions, Button, Note, Problem, Section } from '~/components/ui';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { useAfterImport, type JudgmentImporterProps } from './useAfterImport';

/** Imports the human-graded Icecat dev judgments that ship with the project. */
export function ImportBundledButton({ store, onImported }: JudgmentImporterProps) {
  const trpc = useTRPC();
  const afterImport = useAfterImport(onImported);
  const importBundled = useMutation(
    trpc.judgments.importBundled.mutationOptions({ onSuccess: afterImport }),
  );
  return (
    <Section title="The bundled Icecat dev set" headingId="import-bundled-heading">
      <Note>
        68 real shopping queries with human grades for the Icecat catalog. Judgments of products
        this store does not have are skipped and listed in the report.
      </Note>
      <Actions>
        <Button
          variant="secondary"
          pending={importBundled.isPending}
          pendingText="Importing…"
          onClick={() => importBundled.mutate({ store })}
        >
          Import the Icecat dev set
        </Button>
        <Problem inline>
          {importBundled.error && toWorkbenchError(importBundled.error).message}
        </Problem>
      </Actions>
    </Section>
  );
}
