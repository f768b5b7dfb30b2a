// catalog.previewUpload: a dry run of a staged upload (the use case is the platform's
// previewUpload); nothing is written.
import { previewUpload, type UploadPreview } from '@shopsearch/platform';
import type { TUploadInputSchema } from './upload.schema.ts';
import { stagedImportRequest, type UploadCtx } from './stagedImport.ts';

export function previewUploadHandler({
  ctx,
  input,
  signal,
}: {
  ctx: UploadCtx;
  input: TUploadInputSchema;
  /** The request's: aborted when the client disconnects, which stops reading the file. */
  signal?: AbortSignal | undefined;
}): Promise<UploadPreview> {
  return previewUpload(ctx.services, stagedImportRequest(ctx, input, signal));
}
