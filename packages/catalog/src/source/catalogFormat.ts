import { UnsupportedFileError } from '../errors/unsupportedFileError.ts';

/** The file formats an import understands. `icecat` is a JSON array in the Icecat export's shape. */
export const CATALOG_FORMATS = ['icecat', 'csv', 'jsonl'] as const;
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

const BY_EXTENSION: Record<string, CatalogFormat> = {
  '.json': 'icecat',
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > name.lastIndexOf('/') && dot >= 0 ? name.slice(dot).toLowerCase() : '';
}

/** Skips a byte-order mark and whitespace; JSON starts with [ (array) or { (one object per line). */
function firstSignificantCharacter(head: Uint8Array): string | undefined {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && [0x20, 0x09, 0x0a, 0x0d].includes(head[i]!)) i++;
  return i < head.length ? String.fromCharCode(head[i]!) : undefined;
}

/**
 * The format of a file: the one asked for, else by the file name's extension, else by its first
 * bytes. Throws UnsupportedFileError when none of these tells.
 */
export function detectFormat(
  displayName: string,
  fileName: string,
  head: Uint8Array,
  requested?: CatalogFormat,
): CatalogFormat {
  if (requested) return requested;
  const extension = extensionOf(fileName);
  const byExtension = BY_EXTENSION[extension];
  if (byExtension) return byExtension;
  const first = firstSignificantCharacter(head);
  if (first === '[') return 'icecat';
  if (first === '{') return 'jsonl';
  throw new UnsupportedFileError(
    displayName,
    extension
      ? `its extension "${extension}" is unknown and its content is not JSON`
      : 'it has no extension and its content is not JSON',
  );
}
