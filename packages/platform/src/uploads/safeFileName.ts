// The name a staged upload is stored under: the merchant's own file name (so format detection by
// extension and the catalog's messages see it), reduced to characters that are safe in a path.
const FALLBACK = 'upload';
const MAX_LENGTH = 120;

export function safeFileName(raw: string | null | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .trim();
  if (!cleaned) return FALLBACK;
  if (cleaned.length <= MAX_LENGTH) return cleaned;
  // Keep the extension(s), which decide the format: "….csv", "….json.zip".
  const extension = /(\.[\p{L}\p{N}]{1,8}){1,2}$/u.exec(cleaned)?.[0] ?? '';
  return cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
}
