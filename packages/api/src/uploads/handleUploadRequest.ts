// POST /api/admin/upload?store=<slug>: the raw file as the request body, its name in the
// `x-file-name` header (URI-encoded). The caller must be a merchant of the store, signed in, with
// the CSRF header; the body is streamed to a staging file while its bytes are counted. Answers
// JSON: `{ upload }` (201) or `{ error: { code, message } }` with the fitting HTTP status.
import type { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { UploadTooLargeError, type PlatformServices } from '@shopsearch/platform';
import { authorizeStoreRole } from '../auth/authorizeStoreRole.ts';
import { toTRPCError } from '../errors/toTRPCError.ts';

export const FILE_NAME_HEADER = 'x-file-name';

export interface UploadAccepted {
  upload: { id: string; fileName: string; bytes: number; expiresAt: string };
}

export interface UploadRefused {
  error: { code: TRPCError['code']; message: string };
}

function json(status: number, body: UploadAccepted | UploadRefused): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

function fileNameOf(headers: Headers): string | null {
  const raw = headers.get(FILE_NAME_HEADER);
  if (raw === null) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A web stream's chunks, read one at a time (typed the same under DOM and Node libraries). */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    // Stops the client's upload when we refuse it part way (over the limit).
    await reader.cancel().catch(() => {});
  }
}

export async function handleUploadRequest(
  services: PlatformServices,
  request: Request,
  /** Reports failures that are not the caller's fault (never the file's content). */
  log: (message: string) => void = () => {},
): Promise<Response> {
  try {
    const slug = new URL(request.url).searchParams.get('store') ?? '';
    const { session, store } = await authorizeStoreRole(
      services,
      request.headers,
      slug,
      'merchant',
    );
    // A declared length over the limit is refused before a byte is read.
    const declared = Number(request.headers.get('content-length'));
    if (declared > services.uploads.limitBytes) {
      throw new UploadTooLargeError(services.uploads.limitBytes);
    }
    const upload = await services.uploads.receive(
      { storeId: store.id, userId: session.user.id },
      fileNameOf(request.headers),
      request.body && chunksOf(request.body),
    );
    return json(201, {
      upload: {
        id: upload.id,
        fileName: upload.fileName,
        bytes: upload.bytes,
        expiresAt: upload.expiresAt.toISOString(),
      },
    });
  } catch (error) {
    const refusal = toTRPCError(error);
    if (refusal.code === 'INTERNAL_SERVER_ERROR') {
      log(`catalog upload failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return json(getHTTPStatusCodeFromError(refusal), {
      error: { code: refusal.code, message: refusal.message },
    });
  }
}
