// Users, index builds and evaluation, in-process against a real database.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPassword } from '@shopsearch/platform';
import type { Database } from '@shopsearch/db';
import { openTestDatabase } from '@shopsearch/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWith } from './helpers/cliHarness.ts';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  const store = await db.prisma.store.create({ data: { slug: 'gadgets', name: 'Gadgets' } });
  const titles = [
    'Wireless optical mouse',
    'Gaming mouse with RGB',
    'Mechanical keyboard',
    'USB-C charger 65 W',
    'Noise cancelling headphones',
  ];
  await db.prisma.product.createMany({
    data: titles.map((title, i) => ({
      storeId: store.id,
      id: `g${i}`,
      title,
      contentHash: `h${i}`,
    })),
  });
});
afterAll(async () => db?.close());

const PASSWORD = { SHOPSEARCH_PASSWORD: 'a long enough password' };
const cli = (argv: string[], env: Record<string, string> = {}) => runWith(db, argv, env);

describe('user add', () => {
  it('creates a user with a role in a store, with a verifiable scrypt hash', async () => {
    const run = await cli(
      ['user', 'add', 'Ana@Shop.test', '--role', 'merchant', '--store', 'gadgets'],
      PASSWORD,
    );
    expect(run).toMatchObject({
      code: 0,
      stdout: 'Created user ana@shop.test: merchant of gadgets.\n',
    });
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { email: 'ana@shop.test' },
      include: { memberships: true },
    });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(PASSWORD.SHOPSEARCH_PASSWORD, user.passwordHash)).toBe(true);
    expect(user.memberships.map((m) => m.role)).toEqual(['merchant']);
    const again = await cli([
      'user',
      'add',
      'ana@shop.test',
      '--role',
      'analyst',
      '--store',
      'gadgets',
    ]);
    expect(again.stdout).toBe('Updated user ana@shop.test: analyst of gadgets.\n');
  });

  it('refuses bad input with a clear message and creates nothing', async () => {
    const add = (email: string, role: string, store: string, env = PASSWORD) =>
      cli(['user', 'add', email, '--role', role, '--store', store], env);
    expect(
      await add('bob@shop.test', 'merchant', 'gadgets', { SHOPSEARCH_PASSWORD: 'short' }),
    ).toMatchObject({ code: 1, stderr: 'Error: The password needs at least 10 characters.\n' });
    expect((await add('bob@shop.test', 'merchant', 'nowhere')).code).toBe(1);
    expect((await add('not-an-email', 'merchant', 'gadgets')).stderr).toMatch(
      /is not an email address/,
    );
    expect((await add('bob@shop.test', 'owner', 'gadgets')).code).toBe(2);
    expect(await db.prisma.user.count({ where: { email: 'bob@shop.test' } })).toBe(0);
  });
});

describe('index build, index status and eval', () => {
  it('builds and activates an index version, then reports it', async () => {
    const build = await cli(['index', 'build', '--store', 'gadgets']);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(
      /Job \d+ \(full, potion-base-4m \/ tokenid, index version \d+\): succeeded, 5\/5 products/,
    );
    const status = await cli(['index', 'status', '--store', 'gadgets']);
    expect(status.stdout).toMatch(/version \d+: active, potion-base-4m \/ tokenid/);
    const again = await cli(['index', 'build', '--store', 'gadgets', '--kind', 'incremental']);
    expect(again).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Error: Nothing to re-index: .* was built\.\n$/),
    });
    expect((await cli(['index', 'build', '--store', 'gadgets', '--codec', 'zip'])).code).toBe(2);
  });

  it('builds incrementally on the active version’s codec when none is named', async () => {
    const float16 = await cli(['index', 'build', '--store', 'gadgets', '--codec', 'float16']);
    expect(float16.stdout).toMatch(
      /\(full, potion-base-4m \/ float16, index version \d+\): succeeded/,
    );
    const store = await db.prisma.store.findUniqueOrThrow({ where: { slug: 'gadgets' } });
    await db.prisma.product.updateMany({
      where: { storeId: store.id, id: 'g1' },
      data: { title: 'An edited title', contentHash: 'edited' },
    });
    // Before one use case served the CLI and the API, this became a full tokenid build.
    const edited = await cli(['index', 'build', '--store', 'gadgets', '--kind', 'incremental']);
    expect(edited.stdout).toMatch(
      /\(incremental, potion-base-4m \/ float16, index version \d+\): succeeded, 1\/1 products/,
    );
  });

  it('evaluates profiles and exits 1 when one falls below the nDCG floor', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qrels-'));
    const found = join(dir, 'found.csv');
    const missed = join(dir, 'missed.csv');
    // "keyboard" finds its one relevant product first; "mouse" cannot find headphones at all.
    await writeFile(found, 'query,docid,rating\nkeyboard,g2,3\n');
    await writeFile(missed, 'query,docid,rating\nmouse,g4,3\n');
    const pass = await cli([
      'eval',
      '--store',
      'gadgets',
      '--judgments',
      found,
      '--min-ndcg',
      '0.9',
    ]);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toMatch(/^lexical \| 1\.0000 \|/m);
    expect(pass.stdout).toMatch(/^hybrid \(w=0\.7\) K=200 \| 1\.0000 \|/m);
    const fail = await cli([
      'eval',
      '--store',
      'gadgets',
      '--judgments',
      missed,
      '--profiles',
      'lexical',
      '--min-ndcg',
      '0.5',
    ]);
    expect(fail).toMatchObject({
      code: 1,
      stderr: 'nDCG@10 below the floor 0.5: lexical (0.0000)\n',
    });
    expect(
      (await cli(['eval', '--store', 'gadgets', '--judgments', found, '--min-ndcg', '2'])).code,
    ).toBe(2);
    expect((await cli(['eval', '--store', 'gadgets', '--profiles', 'bm25'])).code).toBe(2);
  });
});

describe('eval --compare', () => {
  it('tests the candidate against the baseline, and the gate passes when it is not worse', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qrels-'));
    const file = join(dir, 'qrels.csv');
    await writeFile(file, 'query,docid,rating\nkeyboard,g2,3\nheadphones,g4,3\ncharger,g3,2\n');
    const run = await cli([
      'eval',
      '--store',
      'gadgets',
      '--judgments',
      file,
      '--compare',
      'lexical,hybrid',
      '--not-worse',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^hybrid \(w=0\.7\) K=200 against lexical on nDCG@10 \(exp gain\): mean difference [+-]\d\.\d{4}.*p = \d\.\d{4} \(randomisation test, exact over 8 sign flips\); won \d, lost \d, tied \d of 3 queries: not significant at 0\.05\.$/m,
    );
    expect(run.stdout).not.toMatch(/^colbert/m); // only the two compared profiles run
  });

  it('refuses a comparison that is not two different profiles, or a gate without one', async () => {
    for (const value of ['lexical', 'lexical,lexical', 'lexical,colbert,hybrid', 'lexical,bm25'])
      expect((await cli(['eval', '--store', 'gadgets', '--compare', value])).code, value).toBe(2);
    expect(await cli(['eval', '--store', 'gadgets', '--not-worse'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--not-worse needs --compare A,B/),
    });
  });
});
