import { describe, expect, it } from 'vitest';
import { CliError } from '../src/cliError.ts';
import { DEFAULT_PGLITE_DATA_DIR, DEFAULT_POSTGRES_DATA_DIR, parseEnv } from '../src/env.ts';
import { REPO_ROOT } from './helpers/paths.ts';

describe('environment', () => {
  it('defaults to PGlite inside the repository and treats empty strings as unset', () => {
    const env = parseEnv({ DATABASE_URL: '', MEILISEARCH_URL: '', HOME: '/root' });
    expect(env).toEqual({
      PGLITE_DATA_DIR: DEFAULT_PGLITE_DATA_DIR,
      EMBEDDED_DATABASE: 'postgres',
      POSTGRES_DATA_DIR: DEFAULT_POSTGRES_DATA_DIR,
      DEBUG: false,
    });
    expect(DEFAULT_PGLITE_DATA_DIR).toBe(`${REPO_ROOT}.data/pglite`);
    expect(DEFAULT_POSTGRES_DATA_DIR).toBe(`${REPO_ROOT}.data/postgres`);
  });

  it('accepts the optional services for later use', () => {
    expect(
      parseEnv({
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/shop',
        MEILISEARCH_URL: 'http://127.0.0.1:7700',
        MEILISEARCH_API_KEY: 'key',
        MODEL_DIR: '/models/colbert',
        DEBUG: '1',
      }),
    ).toMatchObject({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/shop', DEBUG: true });
  });

  it('names every invalid variable', () => {
    const attempt = () => parseEnv({ DATABASE_URL: 'mysql://x', MEILISEARCH_URL: 'not a url' });
    expect(attempt).toThrow(CliError);
    expect(attempt).toThrow(
      'The environment is invalid: DATABASE_URL must be a postgres:// connection string; MEILISEARCH_URL must be a URL.',
    );
  });

  it("reads the demo's database choice and refuses unknown ones and bad ports", () => {
    expect(
      parseEnv({ EMBEDDED_DATABASE: 'pglite', EMBEDDED_POSTGRES_PORT: '55431' }),
    ).toMatchObject({ EMBEDDED_DATABASE: 'pglite', EMBEDDED_POSTGRES_PORT: 55431 });
    for (const [variable, value] of [
      ['EMBEDDED_DATABASE', 'sqlite'],
      ['EMBEDDED_POSTGRES_PORT', '70000'],
      ['EMBEDDED_POSTGRES_PORT', 'x'],
    ] as const) {
      expect(() => parseEnv({ [variable]: value })).toThrow(`${variable} must be`);
    }
  });
});
