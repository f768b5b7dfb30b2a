// Runs the catalog import on a staged upload of the caller's, in the caller's store: the step the
// preview (a dry run) and the commit share.
import { importCatalog, type ImportReport } from '@shopsearch/catalog';
import type { SessionInfo } from '../../auth/sessions.ts';
import type { ApiContext } from '../../trpc.ts';
import type { TUploadInputSchema } from './upload.schema.ts';
import type { StagedUpload, StoreInfo } from '@shopsearch/platform';

export type UploadCtx = ApiContext & { store: StoreInfo; session: SessionInfo };

/** The upload, or UploadNotFoundError when it expired or belongs to another store or user. */
export function findUpload(ctx: UploadCtx, uploadId: string): Promise<StagedUpload> {
  return ctx.services.uploads.find(uploadId, {
    storeId: ctx.store.id,
    userId: ctx.session.user.id,
  });
}

export function importUpload(
  ctx: UploadCtx,
  upload: StagedUpload,
  input: TUploadInputSchema,
  /** `signal`: aborted when the client goes away, so nobody waits for the rest of the file. */
  options: { dryRun: boolean; sampleSize?: number; signal?: AbortSignal | undefined },
): Promise<ImportReport> {
  return importCatalog(
    { prisma: ctx.services.prisma },
    {
      store: ctx.store.slug,
      file: upload.path,
      ...(input.format ? { format: input.format } : {}),
      ...(input.mapping ? { mapping: input.mapping } : {}),
      ...options,
      limits: ctx.services.uploads.importLimits,
    },
  );
}
