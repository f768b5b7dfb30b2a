// compare.versions: the index versions an analyst can rank against (the platform's
// comparableVersions).
import { comparableVersions, type ComparableVersion, type StoreInfo } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';

export function compareVersionsHandler({
  ctx,
}: {
  ctx: ApiContext & { store: StoreInfo };
}): Promise<ComparableVersion[]> {
  return comparableVersions(ctx.services, ctx.store.id);
}
