// The tRPC route's handler (GET and POST /api/trpc/<path>). Before tRPC sees a request, its body is
// read within a byte limit and anything the API cannot read is refused as the client's error: a
// body over the limit (413), a body that is not JSON (415). A mutation sent without a body (as
// `curl -X POST` does) is a call without input. Every answer is marked `Cache-Control: no-store`:
// answers carry sessions, roles and store data that no cache may keep.
import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { createApiContext } from '../context.ts';
import { appRouter } from '../root.ts';
import { BodyTooLargeError, declaredLength, readBodyText } from './requestBody.ts';
import type { PlatformServices } from '@shopsearch/platform';

export const TRPC_ENDPOINT = '/api/trpc';

/**
 * The largest request body read: a judgment list (up to 20 MB of CSV text, `judgments.importCsv`)
 * written as a JSON string, with room for its escapes. Catalog files go to the upload route.
 */
export const MAX_API_BODY_BYTES = 32 * 1024 * 1024;

export interface TrpcRequestOptions {
  /** The most calls one request may batch. */
  maxBatchSize?: number;
  /** Called for failures that are not the client's fault (a 500); never for bad input. */
  onInternalError?: (failure: { path: string | undefined; error: TRPCError }) => void;
}

const NO_STORE = { 'cache-control': 'no-store' };

export async function handleTrpcRequest(
  services: PlatformServices,
  request: Request,
  options: TrpcRequestOptions = {},
): Promise<Response> {
  let req = request;
  if (request.method === 'POST') {
    const read = await readJsonBody(request);
    if (read instanceof TRPCError) return refusal(request, read);
    // tRPC reads the body again: hand it the text already read, as JSON.
    req = new Request(request.url, {
      method: 'POST',
      headers: withJsonContentType(request.headers),
      body: read,
      signal: request.signal,
    });
  }
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    maxBatchSize: options.maxBatchSize,
    createContext: ({ resHeaders }) =>
      createApiContext({
        services,
        headers: req.headers,
        setCookie: (cookie) => resHeaders.append('set-cookie', cookie),
      }),
    responseMeta: () => ({ headers: NO_STORE }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') options.onInternalError?.({ path, error });
    },
  });
}

/** The body's JSON text ('{}' for no body), or the refusal of a body the API cannot read. */
async function readJsonBody(request: Request): Promise<string | TRPCError> {
  const mediaType = request.headers.get('content-type')?.split(';', 1)[0]!.trim().toLowerCase();
  const isJson = mediaType === 'application/json';
  const unsupported = () =>
    new TRPCError({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: `The API reads JSON: send the body with "Content-Type: application/json"${
        mediaType ? ` (not "${mediaType}")` : ''
      }.`,
    });
  const declared = declaredLength(request.headers);
  if (!isJson && declared !== null && declared > 0) return unsupported();
  let text: string;
  try {
    text = await readBodyText(request, MAX_API_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return new TRPCError({ code: 'PAYLOAD_TOO_LARGE', message: error.message });
    }
    throw error;
  }
  // No body at all, whatever it claims to be: a call without input (tRPC reads `{}` as that).
  if (text.trim() === '') return '{}';
  return isJson ? text : unsupported();
}

function withJsonContentType(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.set('content-type', 'application/json');
  copy.delete('content-length');
  return copy;
}

/** The refusal in tRPC's error shape (one per call when batched), so clients read it as usual. */
function refusal(request: Request, error: TRPCError): Response {
  const url = new URL(request.url);
  const paths = url.pathname.slice(url.pathname.indexOf(TRPC_ENDPOINT) + TRPC_ENDPOINT.length + 1);
  const config = appRouter._def._config;
  const answerFor = (path: string) => ({
    error: config.transformer.output.serialize(
      getTRPCErrorShape({ config, error, type: 'unknown', path, input: undefined, ctx: undefined }),
    ),
  });
  const batched = url.searchParams.get('batch') === '1';
  const body = batched ? paths.split(',').map(answerFor) : answerFor(paths);
  return Response.json(body, { status: getHTTPStatusCodeFromError(error), headers: NO_STORE });
}
