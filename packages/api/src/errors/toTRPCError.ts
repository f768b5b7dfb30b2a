// The one place where errors become tRPC errors. Errors the packages throw on purpose carry
// messages written for users and pass through with a fitting code; anything else becomes an
// INTERNAL_SERVER_ERROR with a generic message, so internals never reach a client.
import { TRPCError } from '@trpc/server';
import { CatalogError, StoreExistsError } from '@shopsearch/catalog';
import {
  ReindexConflictError,
  NotFoundInStoreError,
  NothingToReindexError,
  IndexVersionStateError,
} from '@shopsearch/indexing';
import { FirstStageUnavailableError, InvalidFilterError } from '@shopsearch/search';
import {
  AccountExistsError,
  BundledJudgmentsMissingError,
  ClickLimitError,
  EmptyJudgmentSetError,
  EmptyUploadError,
  EvaluationRunNotFoundError,
  ExperimentNotFoundError,
  ExperimentRefusedError,
  ImpressionNotFoundError,
  InvalidReindexSettingsError,
  JudgmentSetNameTakenError,
  JudgmentSetNotFoundError,
  JudgmentsFileRefusedError,
  LoginRateLimitedError,
  ProductEditRefusedError,
  ProductNotFoundError,
  RuleNotFoundError,
  RuleRefusedError,
  SignInRefusedError,
  SynonymsRefusedError,
  UploadNotFoundError,
  UploadTooLargeError,
  UserNotFoundError,
} from '@shopsearch/platform';

type Code = TRPCError['code'];

const KNOWN: [new (...args: never[]) => Error, Code][] = [
  [SignInRefusedError, 'UNAUTHORIZED'],
  [LoginRateLimitedError, 'TOO_MANY_REQUESTS'],
  [ReindexConflictError, 'CONFLICT'],
  [IndexVersionStateError, 'CONFLICT'],
  [NothingToReindexError, 'CONFLICT'],
  [NotFoundInStoreError, 'NOT_FOUND'],
  [JudgmentSetNotFoundError, 'NOT_FOUND'],
  [JudgmentSetNameTakenError, 'CONFLICT'],
  [EvaluationRunNotFoundError, 'NOT_FOUND'],
  [BundledJudgmentsMissingError, 'NOT_FOUND'],
  [EmptyJudgmentSetError, 'BAD_REQUEST'],
  [JudgmentsFileRefusedError, 'BAD_REQUEST'],
  [UserNotFoundError, 'NOT_FOUND'],
  [AccountExistsError, 'CONFLICT'],
  [ProductNotFoundError, 'NOT_FOUND'],
  [ProductEditRefusedError, 'BAD_REQUEST'],
  [SynonymsRefusedError, 'BAD_REQUEST'],
  [RuleRefusedError, 'BAD_REQUEST'],
  [RuleNotFoundError, 'NOT_FOUND'],
  [InvalidReindexSettingsError, 'BAD_REQUEST'],
  [InvalidFilterError, 'BAD_REQUEST'],
  [FirstStageUnavailableError, 'SERVICE_UNAVAILABLE'],
  // Catalog errors (empty, binary or truncated files, bad mappings) are written for merchants.
  [StoreExistsError, 'CONFLICT'],
  [CatalogError, 'BAD_REQUEST'],
  [UploadTooLargeError, 'PAYLOAD_TOO_LARGE'],
  [EmptyUploadError, 'BAD_REQUEST'],
  [UploadNotFoundError, 'NOT_FOUND'],
  [ExperimentRefusedError, 'BAD_REQUEST'],
  [ExperimentNotFoundError, 'NOT_FOUND'],
  [ImpressionNotFoundError, 'NOT_FOUND'],
  [ClickLimitError, 'TOO_MANY_REQUESTS'],
];

export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  for (const [type, code] of KNOWN) {
    if (error instanceof type) return new TRPCError({ code, message: error.message, cause: error });
  }
  return new TRPCError({
    code: 'INTERNAL_SERVER_ERROR',
    message: 'Something went wrong on our side. Please try again.',
    cause: error instanceof Error ? error : undefined,
  });
}
