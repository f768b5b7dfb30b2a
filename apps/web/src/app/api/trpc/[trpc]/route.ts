import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter, createApiContext } from '@shopsearch/api';
import { env } from '~/env';
import { getPlatform } from '~/server/platform';
import { MAX_BATCH_SIZE } from '~/trpc/batchLimit';

async function handler(request: Request): Promise<Response> {
  const { services } = await getPlatform();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ resHeaders }) =>
      createApiContext({
        services,
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
