// Sessions: a random token in an HttpOnly cookie, only its SHA-256 in the database, and a CSRF
// token per session that mutations must echo in a header (double submit, bound to the session).
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient, Role } from '@shopsearch/db';

export const SESSION_COOKIE = 'ss_session';
export const CSRF_COOKIE = 'ss_csrf';
export const CSRF_HEADER = 'x-csrf-token';
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

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(prisma: PrismaClient, userId: number, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await prisma.session.create({
    data: { tokenHash: hashToken(token), userId, csrfToken, expiresAt },
  });
  return { token, csrfToken, expiresAt };
}

export async function readSession(
  prisma: PrismaClient,
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

export async function deleteSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Reads one cookie from a Cookie header. */
export function readCookie(headers: Headers, name: string): string | null {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return null; // not percent-decodable: no cookie of ours, so nobody is signed in by it
    }
  }
  return null;
}

export function serializeCookie(
  name: string,
  value: string,
  options: { httpOnly: boolean; secure: boolean; expires: Date },
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'SameSite=Lax',
    `Expires=${options.expires.toUTCString()}`,
    options.httpOnly ? 'HttpOnly' : '',
    options.secure ? 'Secure' : '',
  ]
    .filter(Boolean)
    .join('; ');
}
