// Everything a procedure may use, built once by the app (web or CLI) and handed to every request.
// Procedures never construct services or read the environment themselves.
import type { PrismaClient } from '@shopsearch/db';
import type { FirstStageIndex, ModelRegistry, SearchService } from '@shopsearch/search';
import type { LoginThrottle } from './auth/loginThrottle.ts';
import type { StoreDirectory } from './stores.ts';
import type { UploadStaging } from './uploads/uploadStaging.ts';

export interface ApiServices {
  prisma: PrismaClient;
  search: SearchService;
  stores: StoreDirectory;
  loginThrottle: LoginThrottle;
  /** Mark cookies Secure (served over HTTPS). */
  secureCookies: boolean;
  /** Models by name; new index versions are built with `models.defaultModel` unless told otherwise. */
  models: ModelRegistry;
  /** The first stage's index, kept in step with product edits and deletions. */
  firstStageIndex: FirstStageIndex;
  /** The qrels CSV offered as the demo judgment set; absent when the deployment ships none. */
  bundledJudgmentsFile?: string | undefined;
  /** Catalog files between upload and commit. */
  uploads: UploadStaging;
  /** Drops a store's caches after its catalog, settings or index changed. */
  storeChanged(storeId: number): void;
}
