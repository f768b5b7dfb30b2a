// What the preview and the commit of a staged upload share: the caller's store and user, and the
// validated input, as the platform's request for its use cases.
import type { StagedImportRequest, StoreInfo } from '@shopsearch/platform';
import type { SessionInfo } from '../../auth/sessions.ts';
import type { ApiContext } from '../../trpc.ts';
import type { TUploadInputSchema } from './upload.schema.ts';

export type UploadCtx = ApiContext & { store: StoreInfo; session: SessionInfo };

export function stagedImportRequest(
  ctx: UploadCtx,
  input: TUploadInputSchema,
  /** Aborted when the client goes away, so nobody waits for the rest of the file. */
  signal: AbortSignal | undefined,
): StagedImportRequest {
  return {
    store: ctx.store,
    userId: ctx.session.user.id,
    uploadId: input.uploadId,
    format: input.format,
    mapping: input.mapping,
    signal,
  };
}
