// Catalog uploads for the merchant admin: the API checks the session, CSRF header and merchant
// role, and streams the body to staging within the upload limit (see handleUploadRequest).
import { handleUploadRequest } from '@shopsearch/api';
import { getPlatform } from '~/server/platform';

export async function POST(request: Request): Promise<Response> {
  const { services } = await getPlatform();
  return handleUploadRequest(services, request, (message) => console.error(`[upload] ${message}`));
}
