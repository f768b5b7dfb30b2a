// One index of the double: its settings (with Meilisearch's defaults) and its documents, kept in
// insertion order, which is the engine's final tie-break. Writes happen inside tasks.
import { badRequest } from './httpError.ts';
import type { SettingsBody } from './requestSchemas.ts';

export type Document = Record<string, unknown>;

export interface IndexSettings {
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  rankingRules: string[];
  typoTolerance: {
    enabled: boolean;
    oneTypo: number;
    twoTypos: number;
    disableOnAttributes: string[];
  };
  synonyms: Record<string, string[]>;
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, 'alpha' | 'count'> };
  /** No search counts or pages past this many hits. */
  pagination: { maxTotalHits: number };
}

/** The ranking rules the double evaluates: the built-in ones and `field:asc|desc`. */
const BUILT_IN_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
const CUSTOM_RULE = /^[A-Za-z0-9_.-]+:(asc|desc)$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

const defaults = (): IndexSettings => ({
  searchableAttributes: ['*'],
  filterableAttributes: [],
  sortableAttributes: [],
  rankingRules: [...BUILT_IN_RULES],
  typoTolerance: { enabled: true, oneTypo: 5, twoTypos: 9, disableOnAttributes: [] },
  synonyms: {},
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
  pagination: { maxTotalHits: 1_000 },
});

export class DoubleIndex {
  readonly uid: string;
  primaryKey: string | null;
  settings: IndexSettings = defaults();
  readonly documents = new Map<string, Document>();
  readonly createdAt = new Date().toISOString();

  constructor(uid: string, primaryKey: string | null) {
    this.uid = uid;
    this.primaryKey = primaryKey;
  }

  /** Adds or replaces documents, all or none: one bad document fails the whole batch. */
  addDocuments(documents: Document[], primaryKey: string | undefined): Record<string, unknown> {
    if (primaryKey && this.primaryKey && primaryKey !== this.primaryKey) {
      throw badRequest(
        'index_primary_key_already_exists',
        `Index \`${this.uid}\`: Index already has a primary key: \`${this.primaryKey}\`.`,
      );
    }
    const key = this.primaryKey ?? primaryKey ?? ('id' in (documents[0] ?? {}) ? 'id' : null);
    if (!key) {
      throw badRequest(
        'index_primary_key_no_candidate_found',
        `Index \`${this.uid}\`: The primary key inference failed as the engine did not find any field ending with \`id\` in its name. Please specify the primary key manually using the \`primaryKey\` query parameter.`,
      );
    }
    const ids = documents.map((document) => documentId(document, key));
    this.primaryKey = key;
    documents.forEach((document, i) => this.documents.set(ids[i]!, document));
    return { receivedDocuments: documents.length, indexedDocuments: documents.length };
  }

  deleteDocuments(ids: (string | number)[]): Record<string, unknown> {
    const deleted = ids.filter((id) => this.documents.delete(String(id))).length;
    return { providedIds: ids.length, deletedDocuments: deleted };
  }

  /** Applies a settings patch; `null` resets a setting to its default. */
  updateSettings(patch: SettingsBody): void {
    const base = defaults();
    const next: IndexSettings = { ...this.settings };
    if (patch.searchableAttributes !== undefined) {
      next.searchableAttributes = patch.searchableAttributes ?? base.searchableAttributes;
    }
    if (patch.filterableAttributes !== undefined) {
      next.filterableAttributes = patch.filterableAttributes ?? base.filterableAttributes;
    }
    if (patch.sortableAttributes !== undefined) {
      next.sortableAttributes = patch.sortableAttributes ?? base.sortableAttributes;
    }
    if (patch.rankingRules !== undefined) {
      next.rankingRules = patch.rankingRules ?? base.rankingRules;
    }
    if (patch.synonyms !== undefined) next.synonyms = lowerCaseSynonyms(patch.synonyms ?? {});
    // Nested settings change field by field: a field left out keeps its value, null resets it.
    if (patch.typoTolerance !== undefined) {
      const typo = patch.typoTolerance;
      const [now, reset] = [next.typoTolerance, base.typoTolerance];
      next.typoTolerance =
        typo === null
          ? reset
          : {
              enabled: pick(typo.enabled, now.enabled, reset.enabled),
              oneTypo: pick(typo.minWordSizeForTypos?.oneTypo, now.oneTypo, reset.oneTypo),
              twoTypos: pick(typo.minWordSizeForTypos?.twoTypos, now.twoTypos, reset.twoTypos),
              disableOnAttributes: pick(
                typo.disableOnAttributes,
                now.disableOnAttributes,
                reset.disableOnAttributes,
              ),
            };
    }
    if (patch.faceting !== undefined) {
      const faceting = patch.faceting;
      const [now, reset] = [next.faceting, base.faceting];
      next.faceting =
        faceting === null
          ? reset
          : {
              maxValuesPerFacet: pick(
                faceting.maxValuesPerFacet,
                now.maxValuesPerFacet,
                reset.maxValuesPerFacet,
              ),
              sortFacetValuesBy: pick(
                faceting.sortFacetValuesBy,
                now.sortFacetValuesBy,
                reset.sortFacetValuesBy,
              ),
            };
    }
    if (patch.pagination !== undefined) {
      const pagination = patch.pagination;
      next.pagination =
        pagination === null
          ? base.pagination
          : {
              maxTotalHits: pick(
                pagination.maxTotalHits,
                next.pagination.maxTotalHits,
                base.pagination.maxTotalHits,
              ),
            };
    }
    this.settings = next;
  }
}

/** A patched field: left out keeps `current`, null resets to `reset`. */
function pick<T>(patched: T | null | undefined, current: T, reset: T): T {
  if (patched === undefined) return current;
  return patched ?? reset;
}

function documentId(document: Document, key: string): string {
  const id = document[key];
  if (id === undefined) {
    throw badRequest(
      'missing_document_id',
      `Document doesn't have a \`${key}\` attribute: \`${JSON.stringify(document)}\`.`,
    );
  }
  const valid = Number.isSafeInteger(id) || (typeof id === 'string' && DOCUMENT_ID.test(id));
  if (!valid) {
    throw badRequest(
      'invalid_document_id',
      `Document identifier \`${JSON.stringify(id)}\` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.`,
    );
  }
  return String(id);
}

/** Checks done when the request arrives, before a task is enqueued (as Meilisearch does). */
export function checkSettings(patch: SettingsBody): void {
  for (const rule of patch.rankingRules ?? []) {
    if (!BUILT_IN_RULES.includes(rule) && !CUSTOM_RULE.test(rule)) {
      throw badRequest(
        'invalid_settings_ranking_rules',
        `Invalid value at \`.rankingRules\`: \`${rule}\` ranking rule is invalid (or not implemented by this double).`,
      );
    }
  }
}

function lowerCaseSynonyms(synonyms: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(synonyms).map(([word, others]) => [
      word.toLowerCase(),
      others.map((o) => o.toLowerCase()),
    ]),
  );
}
