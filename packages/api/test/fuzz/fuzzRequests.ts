// The requests of a fuzz run, as plain data (so a failure can print exactly what was sent): calls of
// every procedure with generated and mutated inputs, raw requests tRPC must refuse, and uploads.
import { hostileMeta, hostileValue, mutate } from './hostileValues.ts';
import type { Random } from './random.ts';
import { inputSchemaOf, valueFor, type KnownValues } from './schemaValues.ts';

export interface FuzzRequest {
  /** Who sends it (anonymous, merchant, analyst) and what kind of case it is. */
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface Persona {
  name: string;
  headers: Record<string, string>;
}

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  procedure: unknown;
}

export const ORIGIN = 'http://shop.example';

/** Every procedure of a router, read from its definition (new procedures are found unaided). */
export function proceduresOf(router: unknown): ProcedureInfo[] {
  const procedures = (router as { _def: { procedures: Record<string, unknown> } })._def.procedures;
  return Object.entries(procedures).map(([path, procedure]) => ({
    path,
    type: (procedure as { _def: { type: ProcedureInfo['type'] } })._def.type,
    procedure,
  }));
}

function withOrigin(random: Random, persona: Persona): Record<string, string> {
  const headers: Record<string, string> = { host: 'shop.example', ...persona.headers };
  if (random.chance(0.7)) headers.origin = ORIGIN;
  else if (random.chance(0.3)) headers.origin = random.pick(['null', 'http://evil.example', '%']);
  return headers;
}

function encodedInput(json: unknown, meta: unknown): string {
  return JSON.stringify(meta === undefined ? { json } : { json, meta });
}

/** One call of `procedure`: a valid input, or a mutated one, perhaps with hostile SuperJSON meta. */
export function procedureRequest(
  random: Random,
  { path, type, procedure }: ProcedureInfo,
  persona: Persona,
  known: KnownValues,
): FuzzRequest {
  const schema = inputSchemaOf(procedure);
  let input = schema ? valueFor(random, schema, known) : undefined;
  let kind = 'valid';
  if (random.chance(0.6)) {
    input = mutate(random, input);
    kind = 'mutated';
  }
  const keys = input && typeof input === 'object' ? Object.keys(input) : [];
  const meta = random.chance(0.15) ? hostileMeta(random, keys) : undefined;
  if (meta !== undefined) kind += '+meta';
  const encoded = encodedInput(input, meta);
  const headers = withOrigin(random, persona);
  const label = `${persona.name} ${path} (${kind})`;
  // Now and then the wrong method: a query posted, a mutation fetched.
  const asGet = (type === 'query') !== random.chance(0.05);
  if (random.chance(0.05)) {
    const calls = random.int(2, 25);
    const batch = Object.fromEntries(
      Array.from({ length: calls }, (_, i) => [i, JSON.parse(encoded)]),
    );
    const paths = Array.from({ length: calls }, () => path).join(',');
    return asGet
      ? {
          label: `${label} batch of ${calls}`,
          method: 'GET',
          url: `/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(batch))}`,
          headers,
        }
      : {
          label: `${label} batch of ${calls}`,
          method: 'POST',
          url: `/api/trpc/${paths}?batch=1`,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(batch),
        };
  }
  return asGet
    ? {
        label,
        method: 'GET',
        url: `/api/trpc/${path}?input=${encodeURIComponent(encoded)}`,
        headers,
      }
    : {
        label,
        method: 'POST',
        url: `/api/trpc/${path}`,
        headers: { ...headers, 'content-type': 'application/json' },
        body: encoded,
      };
}

const RAW_BODIES = [
  '{',
  '}',
  '',
  'null',
  '[]',
  '"json"',
  '{"json":',
  '{"json":{"store":"shop"}',
  '{"0":{"json":{}}}',
  '\u0000',
  '\uFEFF{"json":{}}',
  'json=1&store=shop',
  '<?xml version="1.0"?><json/>',
  `{"json":${'['.repeat(5_000)}`,
  '{"json":{"store":"shop"},"meta":{"values":{"store":["custom","x"]}}}',
];

const RAW_QUERIES = [
  'input=%7B',
  'input=%ZZ',
  'input=',
  'input',
  'input=null',
  'input=%00',
  'batch=1',
  'batch=1&input=%7B%220%22%3Anull%7D',
  'batch=x&input={}',
  'input=%7B%7D&input=%7B%7D',
  `input=${'%5B'.repeat(3_000)}`,
  '%E0%A4%A',
];

const RAW_PATHS = [
  'store.info',
  'search.query',
  'auth.signIn',
  'auth.signOut',
  'auth.me',
  'no.such.procedure',
  'store.info,store.info',
  '',
  '..%2F..%2Fetc',
  '%F0%9F%98%80',
  'store.info/extra',
  'constructor',
  '__proto__.toString',
];

/** A request tRPC cannot read as a call: bad JSON, bad query strings, methods, content types. */
export function rawRequest(random: Random, persona: Persona): FuzzRequest {
  const path = random.pick(RAW_PATHS);
  const headers = withOrigin(random, persona);
  const method = random.pick(['GET', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
  const label = `${persona.name} raw ${method}`;
  if (method === 'GET' || method === 'HEAD' || random.chance(0.3)) {
    return { label, method, url: `/api/trpc/${path}?${random.pick(RAW_QUERIES)}`, headers };
  }
  const contentType = random.pick([
    'application/json',
    'application/json',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'application/octet-stream',
    'application/json; charset=utf-16',
    '',
  ]);
  if (contentType) headers['content-type'] = contentType;
  return { label, method, url: `/api/trpc/${path}`, headers, body: random.pick(RAW_BODIES) };
}

function uploadBody(random: Random): string | Uint8Array {
  switch (random.int(0, 4)) {
    case 0:
      return 'id,title,price\nA1,Mouse,9.99\n';
    case 1:
      return `id,title,price\n${JSON.stringify(hostileValue(random)).slice(0, 5_000)},x,1\n`;
    case 2:
      return Uint8Array.from({ length: random.int(1, 3_000) }, () => random.int(0, 255));
    case 3:
      // Looks like a zip (its signature), but is not one.
      return Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 40 }, () => 0xff)]);
    default:
      return JSON.stringify([{ id: hostileValue(random), title: hostileValue(random) }]);
  }
}

/** A catalog upload with odd names, stores, headers and bodies. */
export function uploadRequest(random: Random, persona: Persona): FuzzRequest {
  const headers = withOrigin(random, persona);
  if (random.chance(0.8)) {
    // Sent URI-encoded; the last ones do not decode (a cut sequence, an encoded lone surrogate).
    headers['x-file-name'] = random.pick([
      'catalog.csv',
      'c.json',
      'x.zip',
      '..%2F..%2Fx.csv',
      'a'.repeat(500),
      '%E0%A4%A',
      '%ED%A0%80.csv',
    ]);
  }
  if (random.chance(0.1)) headers['content-length'] = random.pick(['-1', 'abc', '1e99', '0']);
  const store = random.pick(['shop', 'shop', 'other', '', '%00', 'a'.repeat(300)]);
  return {
    label: `${persona.name} upload`,
    method: 'POST',
    url: `/api/admin/upload?store=${store}`,
    headers,
    body: uploadBody(random),
  };
}

/** How a request is printed when it fails: what to send to see the failure again. */
export function describeRequest(request: FuzzRequest): string {
  const cut = (text: string) =>
    text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text;
  const body =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? `\n  body: ${cut(JSON.stringify(request.body))}`
        : `\n  body: ${request.body.byteLength} bytes`;
  return `${request.label}\n  ${request.method} ${cut(request.url)}\n  headers: ${JSON.stringify(request.headers)}${body}`;
}
