export { appRouter, createCaller, type AppRouter } from './root.ts';
export type { ApiContext } from './trpc.ts';
export type { ApiServices } from './services.ts';
export { StoreDirectory, type StoreInfo } from './stores.ts';
export { toTRPCError } from './errors/toTRPCError.ts';
