// Where things are, from the e2e workspace: the repository, the web app, test data and output.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(e2eDir, '..');
export const webAppDir = join(repoRoot, 'apps/web');
/** Screenshots and other artefacts of a run (gitignored). */
export const outputDir = join(e2eDir, 'test-output');
/** The first of the four Icecat archives: 5,000 real products, enough for facets and paging. */
export const icecatSample = join(repoRoot, 'data/icecat/1.json.zip');
/** A handful of products in euros, for a second store. */
export const smallStoreCatalog = join(e2eDir, 'fixtures/small-store.jsonl');
/** A few products in US dollars: the demo store of the admin suite's own server. */
export const adminStoreCatalog = join(e2eDir, 'fixtures/admin-store.jsonl');
/** A catalog upload with new products, one update and four bad rows (see fixtures/README.md). */
export const adminUploadFile = join(e2eDir, 'fixtures/admin-upload.csv');
/** A supplier's CSV with other header names (Product name, Colour, Weight) and one bad weight. */
export const supplierUploadFile = join(e2eDir, 'fixtures/supplier-upload.csv');
