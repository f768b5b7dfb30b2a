// The enums alone: a reading worker must not load the database client.
import { Availability } from '@shopsearch/db/enums';

// Merchants spell stock states many ways (feeds from schema.org, Google Merchant, spreadsheets);
// this maps the common spellings onto the four states the platform knows.
const SPELLINGS: Record<string, Availability> = {
  instock: Availability.in_stock,
  available: Availability.in_stock,
  yes: Availability.in_stock,
  true: Availability.in_stock,
  '1': Availability.in_stock,
  limitedavailability: Availability.in_stock,
  onlineonly: Availability.in_stock,
  instoreonly: Availability.in_stock,
  outofstock: Availability.out_of_stock,
  soldout: Availability.out_of_stock,
  unavailable: Availability.out_of_stock,
  no: Availability.out_of_stock,
  false: Availability.out_of_stock,
  '0': Availability.out_of_stock,
  preorder: Availability.preorder,
  presale: Availability.preorder,
  backorder: Availability.preorder,
  discontinued: Availability.discontinued,
};

/** The four canonical states, as named in error messages. */
export const AVAILABILITY_VALUES = Object.values(Availability);

/**
 * Maps a spelling ("In stock", "https://schema.org/OutOfStock", "pre-order") to an availability;
 * undefined when it is not recognised. Case, spaces, dashes and underscores do not matter.
 */
export function parseAvailability(text: string): Availability | undefined {
  const key = text
    .trim()
    .replace(/^https?:\/\/schema\.org\//i, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  return SPELLINGS[key];
}
