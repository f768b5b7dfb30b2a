export { appRouter, createCaller, type AppRouter } from './root.ts';
export type { ApiContext } from './trpc.ts';
export type { ApiServices } from './services.ts';
export { StoreDirectory, type StoreInfo } from './stores.ts';
export { toTRPCError } from './errors/toTRPCError.ts';
export { createApiContext } from './context.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
export { createLoginThrottle, type LoginThrottle } from './auth/loginThrottle.ts';
export { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type SessionUser } from './auth/sessions.ts';
export { authorizeStoreRole } from './auth/authorizeStoreRole.ts';
export {
  FILE_NAME_HEADER,
  handleUploadRequest,
  type UploadAccepted,
  type UploadRefused,
} from './uploads/handleUploadRequest.ts';
export { UploadStaging, type StagedUpload } from './uploads/uploadStaging.ts';
export { createPlatform, type Platform, type PlatformConfig } from './platform.ts';
export {
  evaluateConfigurations,
  EVALUATION_METRICS,
  percentile,
  type ConfigurationEvaluation,
} from './evaluation/evaluateConfigurations.ts';
