import { createTRPCRouter, platformAdminProcedure } from '../../trpc.ts';
import {
  ZCreateStoreInputSchema,
  ZCreateUserInputSchema,
  ZRoleInputSchema,
} from './platform.schema.ts';

const stores = () => import('./stores.handler.ts');
const users = () => import('./users.handler.ts');

/** Platform administrators only: stores, accounts, and roles in stores. */
export const platformRouter = createTRPCRouter({
  stores: platformAdminProcedure.query(async (opts) => (await stores()).listStoresHandler(opts)),
  createStore: platformAdminProcedure
    .input(ZCreateStoreInputSchema)
    .mutation(async (opts) => (await stores()).createStoreHandler(opts)),
  users: platformAdminProcedure.query(async (opts) => (await users()).listUsersHandler(opts)),
  createUser: platformAdminProcedure
    .input(ZCreateUserInputSchema)
    .mutation(async (opts) => (await users()).createUserHandler(opts)),
  grantRole: platformAdminProcedure
    .input(ZRoleInputSchema)
    .mutation(async (opts) => (await users()).grantRoleHandler(opts)),
  revokeRole: platformAdminProcedure
    .input(ZRoleInputSchema)
    .mutation(async (opts) => (await users()).revokeRoleHandler(opts)),
});
