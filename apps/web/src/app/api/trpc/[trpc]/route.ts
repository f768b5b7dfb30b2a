import { env } from '~/env';
import { getPlatformServer } from '~/server/platform';
import { MAX_BATCH_SIZE } from '~/trpc/batchLimit';

async function handler(request: Request): Promise<Response> {
  // The adapter and router come with the platform (see getPlatformServer), never from this file's
  // own bundle: their error classes must be those the platform's services throw.
  const { platform, api, fetchRequestHandler } = await getPlatformServer();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: api.appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ resHeaders }) =>
      api.createApiContext({
        services: platform.services,
        headers: request.headers,
        setCookie: (cookie) => resHeaders.append('set-cookie', cookie),
      }),
    onError({ error, path }) {
      // Only unexpected failures are logged; a shopper's bad input is not an incident.
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        console.error(
          `[trpc] ${path ?? '?'} failed:`,
          env.NODE_ENV === 'development' ? error.cause : error.cause?.message,
        );
      }
    },
  });
}

export { handler as GET, handler as POST };
