// The Icecat JSON export (data/icecat): fixed field names, prices in US cents, sparse typed
// attributes attr_t_* / attr_n_* / attr_b_* kept under their own names.
import type { ProductDraft } from '../product/catalogProduct.ts';
import type { DraftConversion } from './draftConversion.ts';

/** Icecat field → draft field. Everything else that is not an attribute is ignored. */
const ICECAT_FIELDS = {
  id: 'id',
  name: 'sku',
  title: 'title',
  short_description: 'description',
  supplier: 'brand',
  price: 'priceMinor',
  ean: 'gtins',
  date_released: 'releasedAt',
  img_500x500: 'imageUrl',
} as const satisfies Record<string, keyof ProductDraft>;

const ICECAT_ATTRIBUTE = /^attr_[tnb]_/;
const ICECAT_CURRENCY = 'USD';

const SOURCE_NAMES = new Map<PropertyKey, string>(
  Object.entries(ICECAT_FIELDS).map(([icecat, draft]) => [draft, icecat]),
);

export function icecatRecordToDraft(record: Record<string, unknown>): DraftConversion {
  const draft: ProductDraft = { currency: ICECAT_CURRENCY };
  for (const [icecat, field] of Object.entries(ICECAT_FIELDS)) draft[field] = record[icecat];
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (ICECAT_ATTRIBUTE.test(key)) attributes[key] = value;
  }
  draft.attributes = attributes;
  return {
    draft,
    issues: [],
    sourceField: ([field, attribute]) =>
      field === 'attributes' && typeof attribute === 'string'
        ? attribute
        : (SOURCE_NAMES.get(field!) ?? String(field)),
  };
}
