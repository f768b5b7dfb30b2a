// catalog.previewUpload / commitUpload: a staged upload (POST /api/admin/upload) read as a dry
// run, or imported for real (the platform's previewUpload and commitUpload).
import { TRPCError } from '@trpc/server';
import {
  commitUpload,
  previewUpload,
  UploadRefusedError,
  type CommitResult,
  type StagedImportRequest,
  type UploadPreview,
} from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TUploadInputSchema } from './upload.schema.ts';

/** Nothing is written. */
export function previewUploadHandler(call: StoreCall<TUploadInputSchema>): Promise<UploadPreview> {
  return previewUpload(call.ctx.services, stagedImportRequest(call));
}

/** A file the import refuses whole is a bad request. */
export async function commitUploadHandler(
  call: StoreCall<TUploadInputSchema>,
): Promise<CommitResult> {
  try {
    return await commitUpload(call.ctx.services, stagedImportRequest(call));
  } catch (error) {
    if (error instanceof UploadRefusedError) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
    }
    throw error;
  }
}

/**
 * The caller's store and user and the validated input, as the platform's request; the request's
 * signal stops reading the file when the client goes away, so nobody waits for the rest of it.
 */
function stagedImportRequest({
  ctx,
  input,
  signal,
}: StoreCall<TUploadInputSchema>): StagedImportRequest {
  return {
    store: ctx.store,
    userId: ctx.session.user.id,
    uploadId: input.uploadId,
    format: input.format,
    mapping: input.mapping,
    signal,
  };
}
