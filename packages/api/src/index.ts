// The tRPC edge over @shopsearch/platform: the router, the per-request context, the cookies and
// headers it speaks, the tRPC route's handler, and the upload route's handler (an HTTP body tRPC
// does not carry).
export { appRouter, createCaller, type AppRouter } from './root.ts';
export type { ApiContext } from './trpc.ts';
export { toTRPCError } from './errors/toTRPCError.ts';
export { createApiContext } from './context.ts';
export {
  handleTrpcRequest,
  MAX_API_BODY_BYTES,
  TRPC_ENDPOINT,
  type TrpcRequestOptions,
} from './http/handleTrpcRequest.ts';
export { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type SessionUser } from './auth/sessions.ts';
export { authorizeStoreRole } from './auth/authorizeStoreRole.ts';
export {
  FILE_NAME_HEADER,
  handleUploadRequest,
  type UploadAccepted,
  type UploadRefused,
} from './uploads/handleUploadRequest.ts';
