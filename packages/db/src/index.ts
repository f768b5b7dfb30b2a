export {
  openDatabase,
  type Database,
  type DatabaseConfig,
  type DatabaseKind,
  type SqlSession,
} from './database.ts';
export { applyMigrations, listMigrations, type MigrationResult } from './migrations.ts';
export { Prisma, PrismaClient } from './generated/prisma/client.ts';
export type * from './generated/prisma/models.ts';
export {
  Availability,
  IndexState,
  JobKind,
  JobState,
  BatchState,
  Role,
} from './generated/prisma/enums.ts';
