// compare.versions: the index versions an analyst can rank against (the platform's
// comparableVersions).
import { comparableVersions, type ComparableVersion } from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';

export function compareVersionsHandler({ ctx }: StoreCall): Promise<ComparableVersion[]> {
  return comparableVersions(ctx.services, ctx.store.id);
}
