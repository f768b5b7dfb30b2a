// The demo's PostgreSQL server for real: initialised in a temporary folder, migrated with the
// project's runner, queried, stopped, started again on the same data. Runs as root too (CI).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, listMigrations, openDatabase } from '@shopsearch/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/cliError.ts';
import { startEmbeddedPostgres } from '../src/embeddedPostgres.ts';

let root: string;
let dataDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cli-embedded-pg-'));
  // Run as root, the server runs as the `postgres` user, who must be able to reach its folder.
  await chmod(root, 0o755);
  dataDir = join(root, 'cluster');
});
afterAll(() => rm(root, { recursive: true, force: true }));

// The tests share one cluster, initialised by the first (initdb is the slow step).
describe('embedded PostgreSQL', () => {
  it('initialises a cluster, serves the migrated schema, and keeps the data across restarts', async () => {
    const first = await startEmbeddedPostgres({ dataDir, database: 'shop', port: 0 });
    try {
      expect(first.initialised).toBe(true);
      expect(first.passwordFile).toBe(`${dataDir}.password`);
      expect(new URL(first.url).pathname).toBe('/shop');
      const db = await openDatabase({ url: first.url });
      try {
        expect(db.kind).toBe('postgres');
        const result = await applyMigrations(db);
        expect(result.applied.length).toBe((await listMigrations()).length);
        await db.prisma.store.create({ data: { slug: 'kept', name: 'Kept' } });
        const [row] = await db.withSession((s) =>
          s.query<{ version: string; trgm: string }>(
            "SELECT current_setting('server_version') AS version, " +
              "(SELECT extversion FROM pg_extension WHERE extname = 'pg_trgm') AS trgm",
          ),
        );
        expect(row?.version).toMatch(/^18\./);
        expect(row?.trgm).toBeTruthy();
      } finally {
        await db.close();
      }
    } finally {
      await first.stop();
    }

    // The same folder named with a trailing slash is the same cluster, with the same password file.
    const again = await startEmbeddedPostgres({
      dataDir: `${dataDir}/`,
      database: 'shop',
      port: 0,
    });
    try {
      expect(again.initialised).toBe(false);
      expect(again.passwordFile).toBe(`${dataDir}.password`);
      const db = await openDatabase({ url: again.url });
      try {
        expect((await applyMigrations(db)).applied).toEqual([]);
        expect(await db.prisma.store.findMany({ select: { slug: true } })).toEqual([
          { slug: 'kept' },
        ]);
      } finally {
        await db.close();
      }
    } finally {
      await again.stop();
    }
    // Stopped means stopped: nothing answers on its port any more.
    await expect(
      openDatabase({ url: again.url }).then((db) => db.prisma.store.count()),
    ).rejects.toThrow();
  });

  it('says why when the server cannot start (its port is taken) and leaves no server behind', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const attempt = startEmbeddedPostgres({
        dataDir,
        database: 'shop',
        port,
      });
      await expect(attempt).rejects.toThrow(CliError);
      await expect(attempt).rejects.toThrow(/PostgreSQL exited at start-up .*could not/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    // The failed start left the cluster stopped and unlocked: it starts again.
    const after = await startEmbeddedPostgres({ dataDir, database: 'shop', port: 0 });
    await after.stop();
  });
});
