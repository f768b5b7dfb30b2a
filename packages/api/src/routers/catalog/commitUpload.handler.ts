// catalog.commitUpload: imports a staged upload for real (the use case is the platform's
// commitUpload); a file it refuses whole is a bad request.
import { TRPCError } from '@trpc/server';
import { commitUpload, UploadRefusedError, type CommitResult } from '@shopsearch/platform';
import type { TUploadInputSchema } from './upload.schema.ts';
import { stagedImportRequest, type UploadCtx } from './stagedImport.ts';

export async function commitUploadHandler({
  ctx,
  input,
  signal,
}: {
  ctx: UploadCtx;
  input: TUploadInputSchema;
  signal?: AbortSignal | undefined;
}): Promise<CommitResult> {
  try {
    return await commitUpload(ctx.services, stagedImportRequest(ctx, input, signal));
  } catch (error) {
    if (error instanceof UploadRefusedError) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
    }
    throw error;
  }
}
