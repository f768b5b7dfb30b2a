'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { adminErrorMessage, retryUnlessRefused } from '~/lib/admin/apiError';
import type { UploadCommit } from '~/lib/admin/apiTypes';
import { formatBytes } from '~/lib/admin/reindexProgress';
import type { StagedUpload } from '~/lib/admin/uploadResponse';
import { useTRPC } from '~/trpc/react';
import admin from '../Admin.module.css';
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
    <section
      className={admin.panel}
      aria-labelledby="preview-heading"
      aria-busy={preview.isFetching}
    >
      <h2 id="preview-heading" ref={heading} tabIndex={-1} className={admin.sectionHeading}>
        2. Check the preview of {upload.fileName}
      </h2>
      <p className={admin.muted}>
        {formatBytes(upload.bytes)} uploaded. Nothing has been imported yet; the preview checked
        every row against the store’s catalog.
      </p>
      {preview.isPending && (
        <p role="status">
          <span className={admin.spinner} aria-hidden="true" /> Checking every row…
        </p>
      )}
      {preview.isError && (
        <p className={admin.problem} role="alert">
          {adminErrorMessage(preview.error)}
        </p>
      )}
      {data && (
        <>
          <FormatChoice
            requested={options.format}
            detected={data.format}
            onChange={(format) => onOptions({ ...options, format })}
          />
          {data.fileError && (
            <p className={admin.problem} role="alert">
              {data.fileError} This file cannot be imported as it is.
            </p>
          )}
          <PreviewCounts counts={data.counts} />
          {data.mappable && (
            <MappingEditor
              key={JSON.stringify(data.mapping)}
              columns={data.columns}
              mapping={data.mapping}
              ignoredColumns={data.ignoredColumns}
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
      <p className={admin.problem} role="alert">
        {commit.isError ? adminErrorMessage(commit.error) : ''}
      </p>
      <div className={admin.actions}>
        {data?.canCommit && (
          <button
            type="button"
            className={admin.button}
            disabled={preview.isFetching || commit.isPending}
            onClick={() => commit.mutate(input)}
          >
            {commit.isPending && <span className={admin.spinner} aria-hidden="true" />}
            {commit.isPending ? 'Importing…' : `Import ${productCount(data.counts.valid)}`}
          </button>
        )}
        <button type="button" className={admin.secondaryButton} onClick={onRestart}>
          Choose another file
        </button>
      </div>
    </section>
  );
}
