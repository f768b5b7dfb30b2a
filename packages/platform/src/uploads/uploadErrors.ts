// Refusals of an upload, with messages written for the merchant who sent it.
import { fixedMessage, namedError } from '../errors.ts';

/** Base class: an upload the staging area refuses or cannot find. */
export class UploadError extends namedError('UploadError', Error) {}

export class UploadTooLargeError extends UploadError {
  override name = 'UploadTooLargeError';
  declare readonly cause: { limitBytes: number };

  constructor(limitBytes: number) {
    super(
      `The file is larger than the upload limit of ${formatSize(limitBytes)}. Split the catalog into smaller files, or zip it.`,
      { cause: { limitBytes } },
    );
  }
}

export class EmptyUploadError extends fixedMessage('EmptyUploadError', UploadError) {}

/** Unknown, expired, or staged by someone else or for another store: one answer for all. */
export class UploadNotFoundError extends fixedMessage('UploadNotFoundError', UploadError) {}

/** A staged file that cannot be committed: it does not read to its end, or holds no valid product. */
export class UploadRefusedError extends namedError('UploadRefusedError', UploadError) {}

function formatSize(bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'MB']
      : bytes >= 1024
        ? [bytes / 1024, 'KB']
        : [bytes, 'bytes'];
  return `${Number(value.toFixed(1)).toLocaleString('en-US')} ${unit}`;
}
