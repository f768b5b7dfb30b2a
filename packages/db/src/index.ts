export {
  openDatabase,
  type Database,
  type DatabaseConfig,
  type DatabaseKind,
  type SqlReader,
  type SqlSession,
} from './database.ts';
export { escapeLike } from './likePattern.ts';
export { applyMigrations, listMigrations, type MigrationResult } from './migrations.ts';
export { Prisma, PrismaClient } from './generated/prisma/client.ts';
export type {
  EvaluationRun,
  IndexVersion,
  Judgment,
  JudgmentSet,
  Product,
  ProductEmbedding,
  ReindexBatch,
  ReindexFailure,
  ReindexJob,
  SearchEvent,
  Session,
  Store,
  StoreMembership,
  StoreRule,
  User,
} from './generated/prisma/client.ts';
export {
  Availability,
  IndexState,
  JobKind,
  JobState,
  BatchState,
  Role,
} from './generated/prisma/enums.ts';
