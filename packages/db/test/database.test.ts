import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/index.ts';

describe('openDatabase without a URL', () => {
  it('opens an embedded data directory, keeps its rows across reopening, with a 32 MB buffer cache', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'db-open-'));
    const dataDir = join(parent, 'nested', 'pglite');
    try {
      const first = await openDatabase({ dataDir });
      expect(first.kind).toBe('pglite');
      await first.withSession(async (s) => {
        await s.exec('CREATE TABLE kept (x int); INSERT INTO kept VALUES (7);');
        expect(await s.query('SHOW shared_buffers')).toEqual([{ shared_buffers: '32MB' }]);
      });
      await first.close();
      const second = await openDatabase({ dataDir });
      await second.withSession(async (s) => {
        expect(await s.query('SELECT x FROM kept')).toEqual([{ x: 7 }]);
      });
      await second.close();
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
