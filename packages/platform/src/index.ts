// The application: the composition root and the use cases that the API, the CLI, the benchmarks
// and the browser tests all call. Nothing here speaks HTTP.
export { createPlatform, type Platform, type PlatformConfig } from './createPlatform.ts';
export type { PlatformServices } from './platformServices.ts';
export type { DatabaseDeps } from './databaseDeps.ts';
export {
  PlatformError,
  InvalidReindexSettingsError,
  JudgmentSetNotFoundError,
  JudgmentSetNameTakenError,
  DemoDataError,
  AccountExistsError,
  UserNotFoundError,
  SignInRefusedError,
  EmptyJudgmentSetError,
  EvaluationRunNotFoundError,
  JudgmentsFileRefusedError,
  BundledJudgmentsMissingError,
} from './errors.ts';
export { StoreDirectory, type StoreInfo } from './stores/storeDirectory.ts';
export { ZStoreSlug } from './stores/storeSlug.ts';
export { productDetails, type ProductDetails } from './catalog/productDetails.ts';
export { addStore, storeSummaries, type StoreSummary } from './stores/storeAdministration.ts';
export {
  createUser,
  grantRole,
  listUsers,
  revokeRole,
  type NewAccount,
  type RoleGrant,
  type StoreRole,
  type UserSummary,
} from './accounts/userAccounts.ts';
export { hashPassword, verifyPassword, verifyPasswordOrDummy } from './accounts/passwords.ts';
export {
  deleteSession,
  hashToken,
  readSession,
  type NewSession,
  type SessionInfo,
  type SessionUser,
} from './accounts/sessions.ts';
export { signIn, type SignInAttempt } from './accounts/signIn.ts';
export {
  createLoginThrottle,
  DEFAULT_LOGIN_THROTTLE,
  LoginRateLimitedError,
  type LoginThrottle,
  type LoginThrottlePolicy,
} from './accounts/loginThrottle.ts';
export {
  UPLOAD_IMPORT_LIMITS,
  UploadStaging,
  type StagedUpload,
  type UploadStagingOptions,
} from './uploads/uploadStaging.ts';
export {
  EmptyUploadError,
  UploadNotFoundError,
  UploadRefusedError,
  UploadTooLargeError,
} from './uploads/uploadErrors.ts';
export {
  commitUpload,
  previewUpload,
  type CommitResult,
  type StagedImportDeps,
  type StagedImportRequest,
  type UploadPreview,
} from './uploads/stagedImport.ts';
export { safeFileName } from './uploads/safeFileName.ts';
export { startReindex, type StartReindexRequest } from './indexing/startReindex.ts';
export { cancelReindexJob, startReindexJob } from './indexing/reindexJobs.ts';
export { indexStore } from './indexing/indexStore.ts';
export {
  deleteRetiredIndexVersions,
  indexVersionSummaries,
  retireIndexVersion,
  reindexOptions,
  reindexStatus,
  type IndexVersionSummary,
  type ModelOption,
  type ReindexOptions,
  type ReindexStatus,
} from './indexing/indexVersions.ts';
export {
  evaluateConfigurations,
  EVALUATION_METRICS,
  percentile,
  type ConfigurationEvaluation,
} from './evaluation/evaluateConfigurations.ts';
export {
  perQueryDeltas,
  toCsv,
  toStored,
  type StoredConfigurationResult,
} from './evaluation/storedRun.ts';
export {
  evaluationRun,
  exportEvaluationRun,
  listEvaluationRuns,
  runEvaluation,
  type EvaluationRequest,
  type EvaluationRun,
  type EvaluationRunSummary,
} from './evaluation/evaluationRuns.ts';
export {
  pairedSignificance,
  runSignificance,
  type ConfigurationSignificance,
} from './evaluation/pairedSignificance.ts';
export { MAX_NOTE_LENGTH, queryNotes, saveQueryNote } from './judgments/queryNotes.ts';
export {
  listJudgmentSets,
  loadQrels,
  requireSet,
  saveQrels,
  type JudgmentSetSummary,
} from './judgments/judgmentSets.ts';
export {
  BUNDLED_SET_NAME,
  exportJudgmentSet,
  importBundledJudgments,
  importJudgments,
  type ImportJudgmentsResult,
} from './judgments/judgmentFiles.ts';
export { rateProduct, type ProductRating } from './judgments/productRating.ts';
export { queryGrades } from './judgments/queryGrades.ts';
export {
  CLICK_PROPOSAL_LIMITS,
  proposeJudgmentsFromClicks,
  saveClickJudgments,
  type ClickProposal,
  type ClickProposals,
} from './judgments/clickJudgments.ts';
export {
  rankingComparison,
  type ComparedHit,
  type ComparedRanking,
  type ComparisonRequest,
  type RankingComparisonResult,
  type RankingPair,
} from './compare/rankingComparison.ts';
export { comparableVersions, type ComparableVersion } from './compare/comparableVersions.ts';
export { LOW_CLICK_MIN_SEARCHES, searchAnalytics } from './analytics/searchAnalytics.ts';
export { recordSearchClick, type SearchClickInput } from './analytics/searchClicks.ts';
export {
  updateProduct,
  ProductEditRefusedError,
  ProductNotFoundError,
  type ProductPatch,
  type UpdatedProduct,
} from './catalog/updateProduct.ts';
export { deleteProduct } from './catalog/deleteProduct.ts';
export {
  listProducts,
  MAX_LOOKUP_WORDS,
  type IndexStatus,
  type ProductPage,
  type ProductRow,
} from './catalog/listProducts.ts';
export {
  getSynonyms,
  saveSynonyms,
  SynonymsRefusedError,
  type StoreSynonyms,
} from './searchSettings/storeSynonyms.ts';
export {
  createRule,
  deleteRule,
  listRules,
  ruleHistory,
  rulesWithHistory,
  updateRule,
  RuleNotFoundError,
  RuleRefusedError,
  type RuleInput,
  type RuleView,
} from './searchSettings/storeRules.ts';
export {
  labelAttribute,
  storeAttributes,
  MAX_LISTED_ATTRIBUTES,
  type LabelledAttribute,
} from './searchSettings/storeAttributes.ts';
export { previewRule, type PreviewHit, type RulePreview } from './searchSettings/previewRule.ts';
export {
  exportSearchSettings,
  importSearchSettings,
  SettingsFileRefusedError,
  type ImportMode,
  type ImportOutcome,
} from './searchSettings/settingsFile.ts';
export { MAX_SETTINGS_FILE_CHARS, type SettingsFile } from './searchSettings/settingsFileFormat.ts';
export {
  ClickLimitError,
  ExperimentNotFoundError,
  ExperimentRefusedError,
  ImpressionNotFoundError,
} from './experiments/experimentErrors.ts';
export {
  DEFAULT_RETENTION_DAYS,
  listExperiments,
  startExperiment,
  stopExperiment,
  type ExperimentStart,
  type ExperimentView,
} from './experiments/experiments.ts';
export { experimentReport, type ExperimentReport } from './experiments/experimentReport.ts';
export {
  recordClick,
  MAX_CLICKS_PER_HOUR,
  type ClickInput,
} from './experiments/experimentClicks.ts';
export { searchForVisitor, type VisitorSearchResponse } from './experiments/interleavedSearch.ts';
export { purgeExpiredExperimentData } from './experiments/purgeExperimentData.ts';
export {
  DEFAULT_ANALYTICS_RETENTION_DAYS,
  purgeExpiredSearchAnalytics,
} from './analytics/purgeSearchAnalytics.ts';
// The demo store's seed reads the bundled data directory: its own entry, @shopsearch/platform/seed,
// so the web app's bundle never references the data folder.
