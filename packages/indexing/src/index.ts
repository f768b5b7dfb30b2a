export type { DocumentEncoder, EncoderProvider, PackedEmbedding } from './documentEncoder.ts';
export {
  IndexingError,
  IndexVersionStateError,
  NotFoundInStoreError,
  NothingToReindexError,
  ReindexConflictError,
} from './errors.ts';
export {
  activateVersion,
  deleteRetiredVersions,
  listVersions,
  retireVersion,
} from './indexVersions.ts';
export { requestReindex, type ReindexRequest } from './requestReindex.ts';
export { ReindexWorker, type ReindexWorkerOptions, type WorkerEvent } from './reindexWorker.ts';
export { cancelReindex, jobProgress, latestJob, type JobProgress } from './jobStatus.ts';
export { colbertDocumentEncoder, registryEncoders } from './colbertDocumentEncoder.ts';
