// Over HTTP, as an attacker or a broken client would send them: requests the server cannot read
// are the client's error (a 4xx with a message), answered at once, and the server keeps serving.
import { afterAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../src/auth/sessions.ts';
import { handleTrpcRequest, MAX_API_BODY_BYTES } from '../src/http/handleTrpcRequest.ts';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, PASSWORD, signedIn } from './people.ts';
import { readSession } from '@shopsearch/platform';

const t: TestPlatform = await indexedTestPlatform('shop');
afterAll(async () => t.close());

async function answer(path: string, init: RequestInit = {}) {
  const request = new Request(`http://shop.example/api/trpc/${path}`, init);
  return handleTrpcRequest(t.platform.services, request);
}

async function send(path: string, init: RequestInit = {}) {
  const response = await answer(path, init);
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
      ['auth.signIn', post('{'), /^The input is not valid JSON \(/],
      ['store.info?input=%7B', undefined, /^The input is not valid JSON \(/],
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

  it('reads a mutation sent without a body as one without input: signing out revokes the session', async () => {
    await addUser(t.platform.services.prisma, 'leaving@shop.test', []);
    const bodiless: RequestInit[] = [
      { method: 'POST' },
      { method: 'POST', body: '', headers: { 'content-type': 'application/json' } },
      // What `curl -X POST -d ''` sends.
      {
        method: 'POST',
        body: '',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    ];
    for (const init of bodiless) {
      for (const path of ['auth.signOut', 'auth.signOut?batch=1']) {
        const { session, csrf } = await signedIn(t.platform.services, 'leaving@shop.test');
        const headers = new Headers(init.headers);
        headers.set('cookie', `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`);
        headers.set(CSRF_HEADER, csrf);
        expect((await answer(path, { ...init, headers })).status, path).toBe(200);
        expect(await readSession(t.platform.services, session), path).toBeNull();
      }
    }
  });

  it('refuses a body that is not JSON with a 415 naming the type, before reading it', async () => {
    const signIn = JSON.stringify({ json: { email: 'a@shop.test', password: 'x' } });
    const types = [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
    ];
    for (const type of types) {
      const mediaType = type.split(';')[0];
      expect(await send('auth.signIn', post(signIn, { 'content-type': type }))).toEqual({
        status: 415,
        message: `The API reads JSON: send the body with "Content-Type: application/json" (not "${mediaType}").`,
      });
    }
    const untyped = new Request('http://shop.example/api/trpc/auth.signIn', {
      method: 'POST',
      body: signIn,
    });
    untyped.headers.delete('content-type');
    const response = await handleTrpcRequest(t.platform.services, untyped);
    expect(response.status).toBe(415);
    // A batch gets one refusal per call, as tRPC's client expects.
    const batch = await answer(
      'auth.signIn?batch=1',
      post(signIn, { 'content-type': 'text/plain' }),
    );
    expect(batch.status).toBe(415);
    expect(await batch.json()).toMatchObject([
      { error: { json: { data: { path: 'auth.signIn' } } } },
    ]);
  });

  it('refuses a body over the limit: a declared length before reading it, a streamed one at the limit', async () => {
    let pulled = 0;
    const endless = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        },
      });
    const tooLarge = {
      status: 413,
      message: `The request body is larger than ${MAX_API_BODY_BYTES / 1024 / 1024} MB.`,
    };
    const declared = {
      method: 'POST',
      body: endless(),
      duplex: 'half',
      headers: {
        'content-type': 'application/json',
        'content-length': `${MAX_API_BODY_BYTES + 1}`,
      },
    } as RequestInit;
    expect(await send('auth.signIn', declared)).toEqual(tooLarge);
    expect(pulled).toBeLessThanOrEqual(1);
    pulled = 0;
    const streamed = {
      ...declared,
      body: endless(),
      headers: { 'content-type': 'application/json' },
    };
    expect(await send('auth.signIn', streamed)).toEqual(tooLarge);
    // Reading stopped at the limit (give or take the chunks the stream had queued).
    expect(pulled * 64 * 1024).toBeLessThanOrEqual(MAX_API_BODY_BYTES + 4 * 64 * 1024);
  });

  it('believes forwarding headers only from trusted proxies', async () => {
    await addUser(t.platform.services.prisma, 'owner@shop.test', []);
    const behindProxy = { ...t.platform.services, trustedProxyHops: 1 };
    const signIn = (password: string, headers: Record<string, string>) =>
      handleTrpcRequest(
        behindProxy,
        new Request(
          'http://shop.example/api/trpc/auth.signIn',
          post(JSON.stringify({ json: { email: 'owner@shop.test', password } }), headers),
        ),
      ).then((r) => r.status);
    // An attacker's made-up X-Forwarded-For entries are left of the one the proxy added: each
    // new value no longer buys more guesses.
    const guesses = [];
    for (let i = 0; i < 7; i++) {
      guesses.push(await signIn('guess', { 'x-forwarded-for': `10.0.${i}.1, 203.0.113.9` }));
    }
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // The owner, from their own address, is not locked out by them.
    expect(await signIn(PASSWORD, { 'x-forwarded-for': '198.51.100.4' })).toBe(200);

    // X-Forwarded-Host names the site only when a trusted proxy set it.
    const crossSite = {
      origin: 'http://evil.example',
      host: 'shop.example',
      'x-forwarded-host': 'evil.example',
    };
    const body = JSON.stringify({ json: { email: 'owner@shop.test', password: 'x' } });
    expect(await send('auth.signIn', post(body, crossSite))).toEqual({
      status: 403,
      message: 'Cross-site requests are not allowed.',
    });
    const proxied = new Request('http://shop.example/api/trpc/auth.signIn', post(body, crossSite));
    expect((await handleTrpcRequest(behindProxy, proxied)).status).toBe(401);
  });

  it('keeps serving after all of it', async () => {
    const { status } = await send(`search.query${query({ json: { store: 'shop', q: 'mouse' } })}`);
    expect(status).toBe(200);
  });
});
