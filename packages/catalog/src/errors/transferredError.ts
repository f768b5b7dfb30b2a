// A CatalogError crossing from a reading worker to the import: structured cloning keeps only an
// Error's message, so its class is sent by name and rebuilt here, message and cause as they were.
import { CatalogError } from './catalogError.ts';
import { EmptyFileError } from './emptyFileError.ts';
import { FileEncodingError } from './fileEncodingError.ts';
import { ImportCancelledError } from './importCancelledError.ts';
import { ImportLimitError } from './importLimitError.ts';
import { InvalidMappingError } from './invalidMappingError.ts';
import { MalformedFileError } from './malformedFileError.ts';
import { UnreadableFileError } from './unreadableFileError.ts';
import { UnsupportedFileError } from './unsupportedFileError.ts';

export interface TransferredError {
  name: string;
  message: string;
  cause: unknown;
}

/** The errors reading a file can throw. */
const READING_ERRORS: Record<string, abstract new (...args: never[]) => CatalogError> = {
  EmptyFileError,
  FileEncodingError,
  ImportCancelledError,
  ImportLimitError,
  InvalidMappingError,
  MalformedFileError,
  UnreadableFileError,
  UnsupportedFileError,
};

export function transferError(error: CatalogError): TransferredError {
  return { name: error.name, message: error.message, cause: error.cause };
}

export function reviveError({ name, message, cause }: TransferredError): CatalogError {
  const type = READING_ERRORS[name] ?? CatalogError;
  // The message is already written; the class is what callers tell errors apart by.
  const error = Reflect.construct(CatalogError, [message, { cause }], type) as CatalogError;
  error.name = name;
  return error;
}
