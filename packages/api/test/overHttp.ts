// Sends a request through tRPC's fetch adapter, as the web app's route does, on a test platform's
// services: for tests of what the browser sees (status codes and error bodies).
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { PlatformServices } from '@shopsearch/platform';
import { createApiContext } from '../src/context.ts';
import { appRouter } from '../src/root.ts';

export function trpcOverHttp(services: PlatformServices, request: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: () =>
      createApiContext({ services, headers: request.headers, setCookie: () => {} }),
  });
}
