// Signed-in people for the browser tests: an analyst and a merchant of the demo store, seeded by
// the global setup, and a way to start a page's session without going through the form.
//
// Sign-in is limited to 30 attempts per client address per 15 minutes, and every test signs in from
// 127.0.0.1: sign in through the form only where the form is what is tested, and share one session
// per test file otherwise (signInThroughApi on a fresh page is cheap but still counts).
import { createPlatform, hashPassword, type PlatformConfig } from '@shopsearch/platform';
import type { Page } from 'playwright-core';
import { DEMO_STORE } from './stores.ts';

export interface TestAccount {
  email: string;
  password: string;
}

const PASSWORD = 'e2e correct horse battery';

/** Analyst of the demo store (no other role). */
export const ANALYST: TestAccount = { email: 'analyst@demo.test', password: PASSWORD };
/** Merchant of the demo store (no other role). */
export const MERCHANT: TestAccount = { email: 'merchant@demo.test', password: PASSWORD };

const MEMBERSHIPS: { account: TestAccount; store: string; role: 'analyst' | 'merchant' }[] = [
  { account: ANALYST, store: DEMO_STORE.slug, role: 'analyst' },
  { account: MERCHANT, store: DEMO_STORE.slug, role: 'merchant' },
];

/** Creates the accounts above in a seeded test database (its stores must exist). */
export async function seedAccounts(
  database: Pick<PlatformConfig, 'databaseUrl' | 'pgliteDataDir'>,
): Promise<void> {
  const platform = await createPlatform(database);
  try {
    const { prisma } = platform.db;
    for (const { account, store, role } of MEMBERSHIPS) {
      const user = await prisma.user.create({
        data: { email: account.email, passwordHash: await hashPassword(account.password) },
      });
      const { id: storeId } = await prisma.store.findUniqueOrThrow({ where: { slug: store } });
      await prisma.storeMembership.create({ data: { userId: user.id, storeId, role } });
    }
  } finally {
    await platform.close();
  }
}

/**
 * Signs the page's browser context in by calling auth.signIn as the sign-in form does; the
 * session and CSRF cookies land in the context, so every page of it is signed in.
 */
export async function signInThroughApi(page: Page, account: TestAccount): Promise<void> {
  const response = await page.context().request.post('/api/trpc/auth.signIn', {
    data: { json: { email: account.email, password: account.password } },
  });
  if (!response.ok()) {
    throw new Error(
      `sign-in as ${account.email} failed: ${response.status()} ${await response.text()}`,
    );
  }
}
