// The demo store: the bundled Icecat catalog imported into store "demo", and a merchant and an
// analyst account with passwords shown once. Every step is safe to repeat.
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ensureStore,
  findStore,
  importCatalog,
  type ImportProgress,
  type ImportReport,
} from '@shopsearch/catalog';
import type { Database } from '@shopsearch/db';
import { refreshStoreSummaries } from '@shopsearch/search';
import { hashPassword } from '../accounts/passwords.ts';
import { DemoDataError } from '../errors.ts';

export const DEMO_STORE = { slug: 'demo', name: 'Demo Electronics', currency: 'USD' };
export const BUNDLED_ICECAT_DIR = fileURLToPath(
  new URL('../../../../data/icecat', import.meta.url),
);
export const BUNDLED_JUDGMENTS_FILE = join(BUNDLED_ICECAT_DIR, 'judgments-dev.csv');

/** The catalog files of an Icecat directory (its `.json.zip` files), in order. */
export async function icecatCatalogFiles(dir = BUNDLED_ICECAT_DIR): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new DemoDataError(`Cannot read the data directory ${dir}: ${(error as Error).message}`);
  }
  const zips = names.filter((name) => name.endsWith('.json.zip')).sort();
  if (zips.length === 0) throw new DemoDataError(`${dir} holds no .json.zip files to import.`);
  return zips.map((name) => join(dir, name));
}

/** The demo store, created if missing. */
export async function ensureDemoStore(db: Database): Promise<{ created: boolean }> {
  return ensureStore(db, DEMO_STORE);
}

export interface ImportDemoCatalogOptions {
  files: string[];
  /** Called as each file is read, with a fresh progress callback for it. */
  onFile?: (file: string) => {
    onProgress?: (progress: ImportProgress) => void;
    done?: (report: ImportReport | null) => void;
  };
}

/** Imports the files into the demo store (see ensureDemoStore). */
export async function importDemoCatalog(
  db: Database,
  options: ImportDemoCatalogOptions,
): Promise<void> {
  for (const file of options.files) {
    const watch = options.onFile?.(file) ?? {};
    let report: ImportReport | null = null;
    try {
      report = await importCatalog(db, {
        store: DEMO_STORE.slug,
        file,
        ...(watch.onProgress ? { onProgress: watch.onProgress } : {}),
      });
    } finally {
      watch.done?.(report);
    }
  }
  // Facets and brand suggestions read these summaries; refreshing them once per seed keeps
  // searches from scanning.
  await refreshStoreSummaries(db.prisma, (await findStore(db, DEMO_STORE.slug)).id);
}

export interface DemoAccount {
  email: string;
  role: 'merchant' | 'analyst';
  password: string;
}

/** A merchant and an analyst of the demo store, with random passwords; those already there are kept. */
export async function ensureDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const store = await db.prisma.store.findUniqueOrThrow({ where: { slug: DEMO_STORE.slug } });
  const created: DemoAccount[] = [];
  for (const role of ['merchant', 'analyst'] as const) {
    const email = `${role}@demo.local`;
    if (await db.prisma.user.count({ where: { email } })) continue;
    const password = randomBytes(9).toString('base64url');
    await db.prisma.user.create({
      data: {
        email,
        name: `Demo ${role}`,
        passwordHash: await hashPassword(password),
        memberships: { create: { storeId: store.id, role } },
      },
    });
    created.push({ email, role, password });
  }
  return created;
}
