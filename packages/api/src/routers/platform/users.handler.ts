// platform.users / createUser / grantRole / revokeRole: accounts and their roles in stores.
import { TRPCError } from '@trpc/server';
import { Prisma } from '@shopsearch/db';
import type { ApiContext } from '../../trpc.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TCreateUserInputSchema, TRoleInputSchema } from './platform.schema.ts';
import { hashPassword } from '@shopsearch/platform';

export interface UserRow {
  id: number;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  createdAt: Date;
  roles: { store: string; storeName: string; role: 'merchant' | 'analyst' }[];
}

export async function listUsersHandler({ ctx }: { ctx: ApiContext }): Promise<UserRow[]> {
  const users = await ctx.services.prisma.user.findMany({
    orderBy: { email: 'asc' },
    select: {
      id: true,
      email: true,
      name: true,
      isPlatformAdmin: true,
      createdAt: true,
      memberships: {
        select: { role: true, store: { select: { slug: true, name: true } } },
        orderBy: [{ storeId: 'asc' }, { role: 'asc' }],
      },
    },
  });
  return users.map(({ memberships, ...user }) => ({
    ...user,
    roles: memberships.map((m) => ({ store: m.store.slug, storeName: m.store.name, role: m.role })),
  }));
}

export async function createUserHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TCreateUserInputSchema;
}): Promise<{ id: number; email: string }> {
  try {
    const user = await ctx.services.prisma.user.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        isPlatformAdmin: input.isPlatformAdmin,
      },
      select: { id: true, email: true },
    });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `There is already an account for ${input.email}.`,
      });
    }
    throw error;
  }
}

async function membership(ctx: ApiContext, input: TRoleInputSchema) {
  const store = await resolveStore(ctx.services, input.store);
  const user = await ctx.services.prisma.user.findUnique({ where: { id: input.userId } });
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such user.' });
  return { userId: user.id, storeId: store.id, role: input.role };
}

/** Grants a role; granting one the user already has changes nothing. */
export async function grantRoleHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TRoleInputSchema;
}) {
  const key = await membership(ctx, input);
  await ctx.services.prisma.storeMembership.upsert({
    where: { userId_storeId_role: key },
    create: key,
    update: {},
  });
  return { granted: true as const };
}

export async function revokeRoleHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TRoleInputSchema;
}) {
  const key = await membership(ctx, input);
  await ctx.services.prisma.storeMembership.deleteMany({ where: key });
  return { revoked: true as const };
}
