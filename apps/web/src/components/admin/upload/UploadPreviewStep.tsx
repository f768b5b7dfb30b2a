'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Actions, Button, Muted, Problem, Section, Spinner } from '~/components/ui';
import { retryUnlessRefused } from '~/lib/admin/apiError';
import type { UploadCommit } from '~/lib/admin/apiTypes';
import { formatBytes } from '~/lib/admin/reindexProgress';
import type { StagedUpload } from '~/lib/admin/uploadResponse';
import { useTRPC } from '~/trpc/react';
import { messageOf } from '../formOutcome';
import { FormatChoice } from './FormatChoice';
import { MappingEditor } from './MappingEditor';
import { PreviewCounts } from './PreviewCounts';
import { RowErrorTable } from './RowErrorTable';
import { SampleProducts } from './SampleProducts';
import type { ReadOptions } from './UploadFlow';
import { useFocusOnMount } from './useFocusOnMount';

function productCount(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'product' : 'products'}`;
}

/**
 * Step 2: the dry run's report — format, mapping, counts, sample and row errors — and the
 * commit. Changing the format or the mapping asks for a new preview of the same staged file.
 */
export function UploadPreviewStep({
  store,
  upload,
  options,
  onOptions,
  onCommitted,
  onRestart,
}: {
  store: string;
  upload: StagedUpload;
  options: ReadOptions;
  onOptions: (options: ReadOptions) => void;
  onCommitted: (result: UploadCommit) => void;
  onRestart: () => void;
}) {
  const trpc = useTRPC();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const input = { store, uploadId: upload.id, format: options.format, mapping: options.mapping };
  const preview = useQuery({
    ...trpc.catalog.previewUpload.queryOptions(input),
    // The staged file does not change; a preview stays true until the options do.
    staleTime: Infinity,
    retry: retryUnlessRefused,
  });
  const commit = useMutation(trpc.catalog.commitUpload.mutationOptions({ onSuccess: onCommitted }));
  const data = preview.data;

  return (
    <Section
      title={`2. Check the preview of ${upload.fileName}`}
      headingId="preview-heading"
      headingRef={heading}
      aria-busy={preview.isFetching}
    >
      <Muted>
        {formatBytes(upload.bytes)} uploaded. Nothing has been imported yet; the preview checked
        every row against the store’s catalog.
      </Muted>
      {preview.isPending && (
        <p role="status">
          <Spinner /> Checking every row…
        </p>
      )}
      {preview.isError && <Problem>{messageOf(preview.error)}</Problem>}
      {data && (
        <>
          <FormatChoice
            requested={options.format}
            detected={data.format}
            onChange={(format) => onOptions({ ...options, format })}
          />
          {data.fileError && (
            <Problem>{data.fileError} This file cannot be imported as it is.</Problem>
          )}
          <PreviewCounts counts={data.counts} />
          {data.mappable && (
            <MappingEditor
              key={JSON.stringify(data.mapping)}
              columns={data.columns}
              mapping={data.mapping}
              suggested={data.suggested}
              busy={preview.isFetching}
              onApply={(mapping) => onOptions({ ...options, mapping })}
            />
          )}
          <SampleProducts products={data.sample} />
          <RowErrorTable
            errors={data.errors}
            errorCount={data.errorCount}
            rowsRead={data.counts.rows}
            stoppedEarly={data.fileError !== null}
          />
        </>
      )}
      <Problem>{messageOf(commit.error)}</Problem>
      <Actions>
        {data?.canCommit && (
          <Button
            disabled={preview.isFetching}
            pending={commit.isPending}
            pendingText="Importing…"
            onClick={() => commit.mutate(input)}
          >
            Import {productCount(data.counts.valid)}
          </Button>
        )}
        <Button variant="secondary" onClick={onRestart}>
          Choose another file
        </Button>
      </Actions>
    </Section>
  );
}
