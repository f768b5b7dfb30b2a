// Who made an anonymous shopper's click: the store it names (resolved from the slug; unknown →
// NOT_FOUND) and the visitor cookie, which the platform's click rules read and never store.
import { visitorIdOf } from '../auth/visitor.ts';
import type { ApiContext } from '../trpc.ts';
import { resolveStore } from './resolveStore.ts';

export async function clickOrigin(
  ctx: ApiContext,
  storeSlug: string,
): Promise<{ storeId: number; visitorId: string | null }> {
  const store = await resolveStore(ctx.services, storeSlug);
  return { storeId: store.id, visitorId: visitorIdOf(ctx.headers) };
}
