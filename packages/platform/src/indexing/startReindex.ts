// Starting a re-index, for every caller (the admin's button, the CLI, the demo and test seeds):
// which model and codec a new index version gets, checked, then the job queued for the workers.
// A setting left out follows the store's active version, else the default model and the codec
// that suits it, so an incremental build after a float16 version stays incremental.
import type { CodecName } from '@shopsearch/colbert';
import type { PrismaClient, ReindexJob } from '@shopsearch/db';
import { requestReindex } from '@shopsearch/indexing';
import { ensureStoreSummaries, type ModelRegistry } from '@shopsearch/search';
import { InvalidReindexSettingsError } from '../errors.ts';

export interface StartReindexRequest {
  storeId: number;
  kind: 'full' | 'incremental';
  model?: string | undefined;
  codec?: CodecName | undefined;
  /** Products per batch; default the indexing package's. */
  batchSize?: number | undefined;
  /** The user who asked, kept with the job. */
  requestedBy?: number | undefined;
}

export async function startReindex(
  deps: { prisma: PrismaClient; models: ModelRegistry },
  request: StartReindexRequest,
): Promise<ReindexJob> {
  const { prisma, models } = deps;
  const active = await prisma.indexVersion.findFirst({
    where: { storeId: request.storeId, state: 'active' },
  });
  const modelName = request.model ?? active?.model ?? models.defaultModel;
  if (!models.names.includes(modelName)) {
    throw new InvalidReindexSettingsError(`There is no model called "${modelName}".`);
  }
  const model = await models.get(modelName);
  const isStatic = model.config.kind === 'static';
  const codec =
    request.codec ??
    (active?.model === modelName ? (active.codec as CodecName) : null) ??
    (isStatic ? 'tokenid' : 'float16');
  if (codec === 'tokenid' && !isStatic) {
    throw new InvalidReindexSettingsError('The token-id codec only works with a static model.');
  }
  // The job's workers read the store's attribute summary for the first stage's facets, and
  // suggestions its brand summary; an import keeps them, but products written otherwise may have
  // none yet. Computed here, once per job, so no batch ever scans the catalog.
  await ensureStoreSummaries(prisma, request.storeId);
  return requestReindex(prisma, {
    storeId: request.storeId,
    kind: request.kind,
    model: modelName,
    dim: model.config.dim,
    codec,
    batchSize: request.batchSize,
    requestedBy: request.requestedBy,
  });
}
