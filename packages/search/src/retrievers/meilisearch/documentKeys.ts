// Meilisearch takes only [A-Za-z0-9_-], under 512 bytes, as a document id; the catalog takes any
// id up to 200 characters. Each product gets a key the engine accepts: its own id when that is
// already such a word (not starting with `_`), otherwise `_` and the SHA-256 of the id's UTF-16
// code units in base64url. Keys are deterministic, so updates and deletions find the document,
// and distinct ids get distinct keys (an own id never starts with `_`; two hashed ids would need
// a SHA-256 collision). The original id travels in the document for answers.
import { createHash } from 'node:crypto';

const OWN_ID_AS_KEY = /^[A-Za-z0-9-][A-Za-z0-9_-]{0,510}$/;

export function documentKey(productId: string): string {
  if (OWN_ID_AS_KEY.test(productId)) return productId;
  // UTF-16 code units, not UTF-8: a lone surrogate must not collide with U+FFFD.
  return `_${createHash('sha256').update(Buffer.from(productId, 'utf16le')).digest('base64url')}`;
}
