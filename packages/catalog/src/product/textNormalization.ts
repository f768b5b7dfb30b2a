// Text cleaning shared by every field, so all formats store text the same way: valid Unicode
// in NFC, no control characters, no stray whitespace. Format characters (zero-width joiners in
// emoji, bidi marks in RTL text) and combining marks are kept.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 control characters except the line breaks: tab, LF, CR and NEL (U+0085). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const ANY_WHITESPACE_RUN = /[\s\u0085]+/g;
/** Printable ASCII without doubled or surrounding spaces needs no cleaning (most values). */
const CLEAN_ASCII_LINE = /^[\x21-\x7E]+(?: [\x21-\x7E]+)*$/;
const CLEAN_ASCII_WORD = /^[\x21-\x7E]*$/;

/** Lone surrogates (possible in JSON escapes) would be rejected by PostgreSQL; replace them. */
function wellFormedNfc(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC');
}

/** For names and titles: one line, single spaces. */
export function normalizeLine(text: string): string {
  if (CLEAN_ASCII_LINE.test(text)) return text;
  return wellFormedNfc(text).replace(CONTROL, '').replace(ANY_WHITESPACE_RUN, ' ').trim();
}

/** For identifiers (id, sku, GTIN): only controls and surrounding whitespace go. */
export function normalizeIdentifier(text: string): string {
  if (CLEAN_ASCII_WORD.test(text)) return text;
  return wellFormedNfc(text)
    .replace(CONTROL, '')
    .replace(/[\t\r\n\u0085\u2028\u2029]/g, '')
    .trim();
}

/** For descriptions: line breaks survive (as \n), at most one blank line in a row. */
export function normalizeParagraphs(text: string): string {
  return wellFormedNfc(text)
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(CONTROL, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
