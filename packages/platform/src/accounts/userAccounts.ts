// Accounts and their roles in stores, as the platform administrator manages them.
import { Prisma, type PrismaClient } from '@shopsearch/db';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { AccountExistsError, UserNotFoundError } from '../errors.ts';
import { hashPassword } from './passwords.ts';

export type StoreRole = 'merchant' | 'analyst';

export interface UserSummary {
  id: number;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  createdAt: Date;
  roles: { store: string; storeName: string; role: StoreRole }[];
}

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  isPlatformAdmin: boolean;
}

export interface RoleGrant {
  userId: number;
  storeId: number;
  role: StoreRole;
}

export async function listUsers({ prisma }: DatabaseDeps): Promise<UserSummary[]> {
  const users = await prisma.user.findMany({
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

export async function createUser(
  { prisma }: DatabaseDeps,
  account: NewAccount,
): Promise<{ id: number; email: string }> {
  try {
    return await prisma.user.create({
      data: {
        email: account.email,
        name: account.name,
        passwordHash: await hashPassword(account.password),
        isPlatformAdmin: account.isPlatformAdmin,
      },
      select: { id: true, email: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AccountExistsError(account.email);
    }
    throw error;
  }
}

/** Grants a role; granting one the user already has changes nothing. */
export async function grantRole({ prisma }: DatabaseDeps, grant: RoleGrant): Promise<void> {
  await requireUser(prisma, grant.userId);
  await prisma.storeMembership.upsert({
    where: { userId_storeId_role: grant },
    create: grant,
    update: {},
  });
}

export async function revokeRole({ prisma }: DatabaseDeps, grant: RoleGrant): Promise<void> {
  await requireUser(prisma, grant.userId);
  await prisma.storeMembership.deleteMany({ where: grant });
}

async function requireUser(prisma: PrismaClient, userId: number): Promise<void> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw new UserNotFoundError();
}
