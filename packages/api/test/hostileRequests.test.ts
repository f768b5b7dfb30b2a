// Over HTTP, as an attacker or a broken client would send them: requests the server cannot read
// are the client's error (a 4xx with a message), answered at once, and the server keeps serving.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext } from '../src/context.ts';
import { appRouter } from '../src/root.ts';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await indexedTestPlatform('shop');
});
afterAll(async () => t?.close());

async function send(path: string, init: RequestInit = {}) {
  const request = new Request(`http://shop.example/api/trpc/${path}`, init);
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: () =>
      createApiContext({
        services: t.platform.services,
        headers: request.headers,
        setCookie: () => {},
      }),
  });
  const body = (await response.json()) as { error?: { json: { message: string } } };
  return { status: response.status, message: body.error?.json.message };
}

const query = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify(input))}`;
const post = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', ...headers },
});

describe('hostile and malformed requests', () => {
  it('reads an input that SuperJSON would make refer to itself as plain data, at once', async () => {
    // SuperJSON's identity hints would set `a` to the input itself (a cycle that hung the server);
    // they are dropped, so `a` stays the empty object the JSON holds, an unknown key zod refuses.
    for (const referentialEqualities of [[['a']], { a: [''] }, { '': ['a'] }]) {
      const input = { json: { store: 'shop', a: {} }, meta: { referentialEqualities } };
      expect(await send(`store.info${query(input)}`)).toEqual({
        status: 400,
        message: expect.stringMatching(/unrecognized key.*"a"/i) as unknown,
      });
    }
    const hinted = { json: { store: 'shop' }, meta: { referentialEqualities: [['store']] } };
    expect((await send(`store.info${query(hinted)}`)).status).toBe(200);
  });

  it('answers unreadable input with a 400 that says what was wrong', async () => {
    const cases: [string, RequestInit | undefined, RegExp][] = [
      ['auth.signIn', post('{'), /JSON/],
      ['store.info?input=%7B', undefined, /JSON/],
      [
        `store.info${query({ json: { store: 'shop' }, meta: { values: { store: ['custom', 'x'] } } })}`,
        undefined,
        /meta/,
      ],
      [`store.info${query({ json: { store: 'shop' }, meta: 'x' })}`, undefined, /meta/],
      [`store.info${query(['not', 'an', 'object'])}`, undefined, /\{"json"/],
    ];
    for (const [path, init, message] of cases) {
      const answer = await send(path, init);
      expect(answer.status, path).toBe(400);
      expect(answer.message, path).toMatch(message);
    }
  });

  it('refuses inputs past the size and depth bounds with a 400', async () => {
    // Built as text: JSON.stringify itself would overflow the stack on it.
    const deep = `${'['.repeat(10_000)}"shop"${']'.repeat(10_000)}`;
    const input = `{"json":{"store":"shop","deep":${deep}}}`;
    expect(await send(`store.info?input=${encodeURIComponent(input)}`)).toEqual({
      status: 400,
      message: 'The input is nested more than 32 levels deep.',
    });
    const wide = { json: { store: 'shop', many: new Array(100_001).fill(0) } };
    expect(await send(`store.info${query(wide)}`)).toEqual({
      status: 400,
      message: 'The input holds more than 100,000 values.',
    });
  });

  it('refuses a mutation from an opaque or unparsable Origin as cross-site, not with a 500', async () => {
    const signIn = JSON.stringify({ json: { email: 'a@shop.test', password: 'x' } });
    for (const origin of ['null', 'not a url', 'http://evil.example']) {
      expect(await send('auth.signIn', post(signIn, { origin, host: 'shop.example' }))).toEqual({
        status: 403,
        message: 'Cross-site requests are not allowed.',
      });
    }
  });

  it('keeps serving after all of it', async () => {
    const { status } = await send(`search.query${query({ json: { store: 'shop', q: 'mouse' } })}`);
    expect(status).toBe(200);
  });
});
