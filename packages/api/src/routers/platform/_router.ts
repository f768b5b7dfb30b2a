import { createTRPCRouter, platformAdminProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import {
  ZCreateStoreInputSchema,
  ZCreateUserInputSchema,
  ZRoleInputSchema,
} from './platform.schema.ts';

const admin = platformAdminProcedure;
const stores = lazyHandlers(() => import('./stores.handler.ts'));
const users = lazyHandlers(() => import('./users.handler.ts'));

/** Platform administrators only: stores, accounts, and roles in stores. */
export const platformRouter = createTRPCRouter({
  stores: admin.query(stores('listStoresHandler')),
  createStore: admin.input(ZCreateStoreInputSchema).mutation(stores('createStoreHandler')),
  users: admin.query(users('listUsersHandler')),
  createUser: admin.input(ZCreateUserInputSchema).mutation(users('createUserHandler')),
  grantRole: admin.input(ZRoleInputSchema).mutation(users('grantRoleHandler')),
  revokeRole: admin.input(ZRoleInputSchema).mutation(users('revokeRoleHandler')),
});
