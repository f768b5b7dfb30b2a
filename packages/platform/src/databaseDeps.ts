// What a use case that only reads or writes the database needs. Callers pass their services (or
// the database) whole, so the API's handlers never hold the Prisma client themselves.
import type { PrismaClient } from '@shopsearch/db';

export interface DatabaseDeps {
  prisma: PrismaClient;
}
