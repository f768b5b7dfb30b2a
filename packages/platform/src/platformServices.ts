// Everything a request may use, built once by the composition root (createPlatform) and handed to
// every request by the app (web or CLI). Procedures never construct services or read the
// environment themselves.
import type { PrismaClient } from '@shopsearch/db';
import type { FirstStageIndex, ModelRegistry, SearchService } from '@shopsearch/search';
import type { LoginThrottle } from './accounts/loginThrottle.ts';
import type { ClickBudget } from './analytics/clickBudget.ts';
import type { RunningExperiments } from './experiments/runningExperiments.ts';
import type { StoreDirectory } from './stores/storeDirectory.ts';
import type { UploadStaging } from './uploads/uploadStaging.ts';

export interface PlatformServices {
  prisma: PrismaClient;
  search: SearchService;
  stores: StoreDirectory;
  loginThrottle: LoginThrottle;
  /** Search-result clicks each visitor cookie may still have counted this hour. */
  searchClickBudget: ClickBudget;
  /** Mark cookies Secure (served over HTTPS). */
  secureCookies: boolean;
  /** Reverse proxies in front of the app whose forwarding headers are believed (0: none). */
  trustedProxyHops: number;
  /** Models by name; new index versions are built with `models.defaultModel` unless told otherwise. */
  models: ModelRegistry;
  /** The first stage's index, kept in step with product edits and deletions. */
  firstStageIndex: FirstStageIndex;
  /** The qrels CSV offered as the demo judgment set; absent when the deployment ships none. */
  bundledJudgmentsFile?: string | undefined;
  /** Catalog files between upload and commit. */
  uploads: UploadStaging;
  /** The experiment running in each store, kept a few seconds for the storefront's searches. */
  runningExperiments: RunningExperiments;
  /** Drops a store's caches after its catalog, settings or index changed. */
  storeChanged(storeId: number): void;
}
