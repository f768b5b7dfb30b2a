// The REST endpoints the double implements, after the Meilisearch API reference, minus transport:
// each takes the path parameters, query and parsed JSON body and returns a status and a body, or
// throws MeiliHttpError. Writes answer 202 with a summarized task and happen inside the task.
import { checkSettings, DoubleIndex } from './doubleIndex.ts';
import { badRequest, indexNotFound, MeiliHttpError } from './httpError.ts';
import {
  createIndexBody,
  documentIdsBody,
  documentsBody,
  multiSearchBody,
  multiSearchQuery,
  parseBody,
  searchParams,
  settingsBody,
} from './requestSchemas.ts';
import { executeSearch } from './searchExecutor.ts';
import { TaskQueue } from './taskQueue.ts';

export interface Reply {
  status: number;
  body: unknown;
}

export interface RouteInput {
  params: string[];
  query: URLSearchParams;
  body: unknown;
}

interface Route {
  method: string;
  path: RegExp;
  /** Query parameters the endpoint accepts; any other is refused. */
  query?: string[];
  handle: (input: RouteInput) => Reply;
}

const INDEX_UID = /^[A-Za-z0-9_-]{1,400}$/;

export class DoubleEngine {
  readonly indexes = new Map<string, DoubleIndex>();
  readonly tasks: TaskQueue;
  readonly routes: Route[] = [
    { method: 'GET', path: /^\/health$/, handle: () => ok({ status: 'available' }) },
    {
      method: 'GET',
      path: /^\/indexes$/,
      query: ['offset', 'limit'],
      handle: (i) => this.#listIndexes(i),
    },
    { method: 'POST', path: /^\/indexes$/, handle: (i) => this.#createIndex(i) },
    { method: 'DELETE', path: /^\/indexes\/([^/]+)$/, handle: (i) => this.#deleteIndex(i) },
    {
      method: 'PATCH',
      path: /^\/indexes\/([^/]+)\/settings$/,
      handle: (i) => this.#updateSettings(i),
    },
    {
      method: 'GET',
      path: /^\/indexes\/([^/]+)\/settings\/filterable-attributes$/,
      handle: ({ params: [uid] }) => ok(this.#index(uid!).settings.filterableAttributes),
    },
    {
      method: 'POST',
      path: /^\/indexes\/([^/]+)\/documents$/,
      query: ['primaryKey'],
      handle: (i) => this.#addDocuments(i),
    },
    {
      method: 'POST',
      path: /^\/indexes\/([^/]+)\/documents\/delete-batch$/,
      handle: (i) => this.#deleteDocuments(i),
    },
    { method: 'POST', path: /^\/indexes\/([^/]+)\/search$/, handle: (i) => this.#search(i) },
    { method: 'POST', path: /^\/multi-search$/, handle: (i) => this.#multiSearch(i) },
    { method: 'GET', path: /^\/tasks\/(\d+)$/, handle: (i) => this.#getTask(i) },
  ];

  constructor(taskStepDelayMs: number) {
    this.tasks = new TaskQueue(taskStepDelayMs);
  }

  #createIndex({ body }: RouteInput): Reply {
    const { uid, primaryKey } = parseBody(createIndexBody, body, 'invalid_index');
    checkUid(uid);
    return accepted(
      this.tasks.enqueue(uid, 'indexCreation', { primaryKey: primaryKey ?? null }, () => {
        if (this.indexes.has(uid)) {
          throw new MeiliHttpError(409, 'index_already_exists', `Index \`${uid}\` already exists.`);
        }
        this.indexes.set(uid, new DoubleIndex(uid, primaryKey ?? null));
      }),
    );
  }

  #listIndexes({ query }: RouteInput): Reply {
    const offset = count(query.get('offset') ?? '0', 'invalid_index_offset');
    const limit = count(query.get('limit') ?? '20', 'invalid_index_limit');
    const all = [...this.indexes.values()].sort((a, b) => (a.uid < b.uid ? -1 : 1));
    const results = all.slice(offset, offset + limit).map(({ uid, primaryKey, createdAt }) => ({
      uid,
      primaryKey,
      createdAt,
      updatedAt: createdAt,
    }));
    return ok({ results, offset, limit, total: all.length });
  }

  #deleteIndex({ params: [uid] }: RouteInput): Reply {
    checkUid(uid!);
    return accepted(
      this.tasks.enqueue(uid!, 'indexDeletion', { deletedDocuments: null }, () => {
        const deletedDocuments = this.#index(uid!).documents.size;
        this.indexes.delete(uid!);
        return { deletedDocuments };
      }),
    );
  }

  #updateSettings({ params: [uid], body }: RouteInput): Reply {
    checkUid(uid!);
    const patch = parseBody(settingsBody, body, 'invalid_settings');
    checkSettings(patch);
    return accepted(
      this.tasks.enqueue(uid!, 'settingsUpdate', { ...patch }, () => {
        this.#indexOrCreate(uid!).updateSettings(patch);
      }),
    );
  }

  #addDocuments({ params: [uid], query, body }: RouteInput): Reply {
    checkUid(uid!);
    const documents = parseBody(documentsBody, body, 'bad_request');
    const primaryKey = query.get('primaryKey') ?? undefined;
    const details = { receivedDocuments: documents.length, indexedDocuments: null };
    return accepted(
      this.tasks.enqueue(uid!, 'documentAdditionOrUpdate', details, () =>
        this.#indexOrCreate(uid!).addDocuments(documents, primaryKey),
      ),
    );
  }

  #deleteDocuments({ params: [uid], body }: RouteInput): Reply {
    checkUid(uid!);
    const ids = parseBody(documentIdsBody, body, 'bad_request');
    const details = { providedIds: ids.length, deletedDocuments: null };
    return accepted(
      this.tasks.enqueue(uid!, 'documentDeletion', details, () =>
        this.#index(uid!).deleteDocuments(ids),
      ),
    );
  }

  #search({ params: [uid], body }: RouteInput): Reply {
    const index = this.#index(uid!);
    return ok(executeSearch(index, parseBody(searchParams, body, 'invalid_search')));
  }

  #multiSearch({ body }: RouteInput): Reply {
    const { queries } = parseBody(multiSearchBody, body, 'invalid_multi_search');
    const results = queries.map((query, position) => {
      try {
        const { indexUid, ...params } = parseBody(multiSearchQuery, query, 'invalid_search');
        return { indexUid, ...executeSearch(this.#index(indexUid), params) };
      } catch (error) {
        throw error instanceof MeiliHttpError ? error.inQuery(position) : error;
      }
    });
    return ok({ results });
  }

  #getTask({ params: [uid] }: RouteInput): Reply {
    const task = this.tasks.get(Number(uid));
    if (!task) throw new MeiliHttpError(404, 'task_not_found', `Task \`${uid}\` not found.`);
    return ok(task);
  }

  #index(uid: string): DoubleIndex {
    const index = this.indexes.get(uid);
    if (!index) throw indexNotFound(uid);
    return index;
  }

  /** Meilisearch creates a missing index on a settings change or a document addition. */
  #indexOrCreate(uid: string): DoubleIndex {
    const index = this.indexes.get(uid) ?? new DoubleIndex(uid, null);
    this.indexes.set(uid, index);
    return index;
  }
}

function checkUid(uid: string): void {
  if (!INDEX_UID.test(uid)) {
    throw badRequest(
      'invalid_index_uid',
      `\`${uid}\` is not a valid index uid. Index uid can be an integer or a string containing only alphanumeric characters, hyphens (-) and underscores (_), and can not be more than 400 bytes.`,
    );
  }
}

function count(text: string, code: string): number {
  if (!/^\d+$/.test(text))
    throw badRequest(code, `Invalid value \`${text}\`: expected a positive integer.`);
  return Number(text);
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const accepted = (body: unknown): Reply => ({ status: 202, body });
