// platform.users / createUser / grantRole / revokeRole: accounts and their roles in stores.
import {
  createUser,
  grantRole,
  listUsers,
  revokeRole,
  type RoleGrant,
  type UserSummary,
} from '@shopsearch/platform';
import type { Call } from '../handlerCall.ts';
import type { ApiContext } from '../../trpc.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TCreateUserInputSchema, TRoleInputSchema } from './platform.schema.ts';

export function listUsersHandler({ ctx }: Call): Promise<UserSummary[]> {
  return listUsers(ctx.services);
}

export function createUserHandler({
  ctx,
  input,
}: Call<TCreateUserInputSchema>): Promise<{ id: number; email: string }> {
  return createUser(ctx.services, input);
}

export async function grantRoleHandler({ ctx, input }: Call<TRoleInputSchema>) {
  await grantRole(ctx.services, await roleGrant(ctx, input));
  return { granted: true as const };
}

export async function revokeRoleHandler({ ctx, input }: Call<TRoleInputSchema>) {
  await revokeRole(ctx.services, await roleGrant(ctx, input));
  return { revoked: true as const };
}

async function roleGrant(ctx: ApiContext, input: TRoleInputSchema): Promise<RoleGrant> {
  const store = await resolveStore(ctx.services, input.store);
  return { userId: input.userId, storeId: store.id, role: input.role };
}
