// searchSettings.exportSettings / importSettings: the store's synonyms and rules as one JSON file
// (the platform's settingsFile use cases); an import is recorded under the signed-in merchant, and
// a refused file is a BAD_REQUEST naming the entry, with nothing written.
import { exportSearchSettings, importSearchSettings } from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TImportSettingsInputSchema } from './settingsFile.schema.ts';

export function exportSettingsHandler({ ctx }: StoreCall) {
  return exportSearchSettings(ctx.services, ctx.store.id, ctx.store.slug);
}

export function importSettingsHandler({ ctx, input }: StoreCall<TImportSettingsInputSchema>) {
  return importSearchSettings(
    ctx.services,
    ctx.store.id,
    input.text,
    input.mode,
    ctx.session.user.email,
  );
}
