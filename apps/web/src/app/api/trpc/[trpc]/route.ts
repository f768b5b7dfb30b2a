import { env } from '~/env';
import { getPlatformServer } from '~/server/platform';
import { MAX_BATCH_SIZE } from '~/trpc/batchLimit';

async function handler(request: Request): Promise<Response> {
  // The handler and router come with the platform (see getPlatformServer), never from this file's
  // own bundle: their error classes must be those the platform's services throw.
  const { platform, api } = await getPlatformServer();
  return api.handleTrpcRequest(platform.services, request, {
    maxBatchSize: MAX_BATCH_SIZE,
    // Only unexpected failures are logged; a shopper's bad input is not an incident.
    onInternalError({ path, error }) {
      console.error(
        `[trpc] ${path ?? '?'} failed:`,
        env.NODE_ENV === 'development' ? error.cause : error.cause?.message,
      );
    },
  });
}

export { handler as GET, handler as POST };
