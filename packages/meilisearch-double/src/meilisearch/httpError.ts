// Meilisearch's error object ({ message, code, type, link }) with the HTTP status it travels with.
// Thrown anywhere in the double and turned into a response (or a failed task) in one place.

export type ErrorType = 'invalid_request' | 'auth' | 'internal';

export interface ErrorBody {
  message: string;
  code: string;
  type: ErrorType;
  link: string;
}

export class MeiliHttpError extends Error {
  override name = 'MeiliHttpError';
  readonly status: number;
  readonly code: string;
  readonly type: ErrorType;

  constructor(status: number, code: string, message: string, type: ErrorType = 'invalid_request') {
    super(message);
    this.status = status;
    this.code = code;
    this.type = type;
  }

  get body(): ErrorBody {
    return {
      message: this.message,
      code: this.code,
      type: this.type,
      link: `https://docs.meilisearch.com/errors#${this.code}`,
    };
  }

  /** The same error as reported for one query of a multi-search. */
  inQuery(position: number): MeiliHttpError {
    return new MeiliHttpError(
      this.status,
      this.code,
      `Inside \`.queries[${position}]\`: ${this.message}`,
      this.type,
    );
  }
}

export const badRequest = (code: string, message: string) => new MeiliHttpError(400, code, message);

export const indexNotFound = (uid: string) =>
  new MeiliHttpError(404, 'index_not_found', `Index \`${uid}\` not found.`);
