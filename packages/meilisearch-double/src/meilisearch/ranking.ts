// Ordering matches by the index's ranking rules, in their configured order, with the document's
// insertion order as the final tie-break. `sort` and `field:asc|desc` rules put documents that
// lack the field last, whichever the direction; numbers sort before strings.
import type { Document } from './doubleIndex.ts';
import { badRequest } from './httpError.ts';
import { isCoveredBy, scalarsAt } from './documentValues.ts';
import type { TextMatch } from './textMatcher.ts';

export interface RankedDocument {
  document: Document;
  /** Insertion order in the index. */
  order: number;
  /** How the query words matched; absent for a placeholder search (no words). */
  text?: TextMatch | undefined;
}

export interface SortKey {
  field: string;
  descending: boolean;
}

type Comparator = (a: RankedDocument, b: RankedDocument) => number;

/** The `sort` search parameter, checked against the sortable attributes and ranking rules. */
export function parseSort(sort: readonly string[], sortable: string[], rules: string[]): SortKey[] {
  if (sort.length && !rules.includes('sort')) {
    throw badRequest(
      'invalid_search_sort',
      'You must specify where `sort` is listed in the rankingRules setting to use the sort parameter at search time.',
    );
  }
  return sort.map((expression) => {
    const match = /^([^:]+):(asc|desc)$/.exec(expression);
    if (!match) {
      throw badRequest(
        'invalid_search_sort',
        `Invalid syntax for the sort parameter: expected expression ending by \`:asc\` or \`:desc\`, found \`${expression}\`.`,
      );
    }
    const field = match[1]!;
    if (!isCoveredBy(field, sortable)) {
      throw badRequest(
        'invalid_search_sort',
        `Attribute \`${field}\` is not sortable. Available sortable attributes are: \`${sortable.join(', ')}\`.`,
      );
    }
    return { field, descending: match[2] === 'desc' };
  });
}

export function rankDocuments(
  documents: RankedDocument[],
  rules: readonly string[],
  sort: readonly SortKey[],
): RankedDocument[] {
  const comparators = rules.map((rule) => ruleComparator(rule, sort));
  return [...documents].sort((a, b) => {
    for (const compare of comparators) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return a.order - b.order;
  });
}

function ruleComparator(rule: string, sort: readonly SortKey[]): Comparator {
  const text =
    (score: (m: TextMatch) => number): Comparator =>
    (a, b) =>
      a.text && b.text ? score(a.text) - score(b.text) : 0;
  switch (rule) {
    case 'words':
      return text((m) => -m.matchedWords);
    case 'typo':
      return text((m) => m.typos);
    case 'attribute':
      return (a, b) => text((m) => m.attributeRank)(a, b) || text((m) => m.position)(a, b);
    case 'exactness':
      return text((m) => -m.exactWords);
    case 'proximity':
      return () => 0;
    case 'sort':
      return (a, b) => {
        for (const key of sort) {
          const result = compareField(a.document, b.document, key);
          if (result !== 0) return result;
        }
        return 0;
      };
    default: {
      const [field, direction] = rule.split(':');
      const key = { field: field!, descending: direction === 'desc' };
      return (a, b) => compareField(a.document, b.document, key);
    }
  }
}

function compareField(a: Document, b: Document, { field, descending }: SortKey): number {
  const [x] = scalarsAt(a, field);
  const [y] = scalarsAt(b, field);
  if (x === undefined || y === undefined)
    return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
  const order =
    typeof x === 'number' && typeof y === 'number'
      ? x - y
      : typeof x === 'number'
        ? -1
        : typeof y === 'number'
          ? 1
          : String(x).toLowerCase().localeCompare(String(y).toLowerCase());
  return descending ? -order : order;
}
