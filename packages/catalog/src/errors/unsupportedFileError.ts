import { CatalogError } from './catalogError.ts';

/** Error thrown when a file's type cannot be recognised from its name or its first bytes. */
export class UnsupportedFileError extends CatalogError {
  override name = 'UnsupportedFileError';
  declare readonly cause: { file: string; reason: string };

  constructor(file: string, reason: string) {
    super(
      `${file} cannot be imported: ${reason}. Supported are Icecat JSON (.json), CSV (.csv) and JSON Lines (.jsonl, .ndjson), plain or as the single file inside a .zip.`,
      { cause: { file, reason } },
    );
  }
}
