// Everything a procedure may use, built once by the app (web or CLI) and handed to every request.
// Procedures never construct services or read the environment themselves.
import type { PrismaClient } from '@shopsearch/db';
import type { SearchService } from '@shopsearch/search';
import type { LoginThrottle } from './auth/loginThrottle.ts';
import type { StoreDirectory } from './stores.ts';

export interface ApiServices {
  prisma: PrismaClient;
  search: SearchService;
  stores: StoreDirectory;
  loginThrottle: LoginThrottle;
  /** Mark cookies Secure (served over HTTPS). */
  secureCookies: boolean;
}
