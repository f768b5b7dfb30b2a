import { authRouter } from './routers/auth/_router.ts';
import { analyticsRouter } from './routers/analytics/_router.ts';
import { compareRouter } from './routers/compare/_router.ts';
import { evaluationRouter } from './routers/evaluation/_router.ts';
import { experimentsRouter } from './routers/experiments/_router.ts';
import { judgmentsRouter } from './routers/judgments/_router.ts';
import { catalogRouter } from './routers/catalog/_router.ts';
import { reindexRouter } from './routers/reindex/_router.ts';
import { platformRouter } from './routers/platform/_router.ts';
import { productRouter } from './routers/product/_router.ts';
import { searchRouter } from './routers/search/_router.ts';
import { searchSettingsRouter } from './routers/searchSettings/_router.ts';
import { storeRouter } from './routers/store/_router.ts';
import { createCallerFactory, createTRPCRouter } from './trpc.ts';

/** The API. New routers are added here by hand. */
export const appRouter = createTRPCRouter({
  auth: authRouter,
  search: searchRouter,
  product: productRouter,
  store: storeRouter,
  catalog: catalogRouter,
  reindex: reindexRouter,
  searchSettings: searchSettingsRouter,
  judgments: judgmentsRouter,
  compare: compareRouter,
  evaluation: evaluationRouter,
  experiments: experimentsRouter,
  analytics: analyticsRouter,
  platform: platformRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side calls (server components, tests) without HTTP. */
export const createCaller = createCallerFactory(appRouter);
