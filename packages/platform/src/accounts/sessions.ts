// Sessions: a random token for the client, only its SHA-256 in the database, and a CSRF token per
// session that the edge makes mutations echo (double submit, bound to the session). How the
// tokens travel (cookies, headers) is the edge's business.
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@shopsearch/db';
import type { DatabaseDeps } from '../databaseDeps.ts';

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  /** Roles per store the user belongs to. */
  memberships: { storeId: number; storeSlug: string; storeName: string; role: Role }[];
}

export interface SessionInfo {
  user: SessionUser;
  csrfToken: string;
  expiresAt: Date;
}

/** What the client keeps: the session's token and its CSRF token, until `expiresAt`. */
export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  { prisma }: DatabaseDeps,
  userId: number,
  now = new Date(),
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await prisma.session.create({
    data: { tokenHash: hashToken(token), userId, csrfToken, expiresAt },
  });
  return { token, csrfToken, expiresAt };
}

/** The session behind `token` with its user's roles; null for a malformed, unknown or expired one. */
export async function readSession(
  { prisma }: DatabaseDeps,
  token: string,
  now = new Date(),
): Promise<SessionInfo | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { include: { memberships: { include: { store: true } } } } },
  });
  if (!session || session.expiresAt <= now) return null;
  const { user } = session;
  return {
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      isPlatformAdmin: user.isPlatformAdmin,
      memberships: user.memberships.map((m) => ({
        storeId: m.storeId,
        storeSlug: m.store.slug,
        storeName: m.store.name,
        role: m.role,
      })),
    },
  };
}

export async function deleteSession({ prisma }: DatabaseDeps, token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
