// catalog.commitUpload: imports a staged upload for real. A dry run goes first, so a file that
// cannot be read to the end (not UTF-8, truncated) is refused whole instead of half-imported.
// Changed products get a new content hash, which the next incremental re-index picks up; the
// store's attribute summary (what facets are chosen from) is refreshed as the CLI import does.
import { TRPCError } from '@trpc/server';
import { refreshAttributeSummary } from '@shopsearch/search';
import type { TUploadInputSchema } from './upload.schema.ts';
import { findUpload, importUpload, type UploadCtx } from './stagedImport.ts';

export interface CommitResult {
  fileName: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  invalid: number;
  errorCount: number;
}

export async function commitUploadHandler({
  ctx,
  input,
  signal,
}: {
  ctx: UploadCtx;
  input: TUploadInputSchema;
  signal?: AbortSignal | undefined;
}): Promise<CommitResult> {
  const upload = await findUpload(ctx, input.uploadId);
  // The check stops when the client goes; the import itself, once started, runs to its end.
  const check = await importUpload(ctx, upload, input, { dryRun: true, signal });
  if (check.fileError) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Nothing was imported: ${check.fileError.message}`,
    });
  }
  if (check.inserted + check.updated + check.unchanged === 0) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Nothing was imported: no row of this file is a valid product.',
    });
  }
  const report = await importUpload(ctx, upload, input, { dryRun: false });
  await ctx.services.uploads.discard(upload.id);
  if (report.inserted + report.updated > 0) {
    await refreshAttributeSummary(ctx.services.prisma, ctx.store.id);
  }
  ctx.services.storeChanged(ctx.store.id);
  return {
    fileName: upload.fileName,
    rows: report.rowsRead,
    inserted: report.inserted,
    updated: report.updated,
    unchanged: report.unchanged,
    invalid: report.invalid,
    errorCount: report.errorCount,
  };
}
