// Catalog uploads for the merchant admin: the API checks the session, CSRF header and merchant
// role, and streams the body to staging within the upload limit (see handleUploadRequest).
import { getPlatformServer } from '~/server/platform';

export async function POST(request: Request): Promise<Response> {
  const { platform, api } = await getPlatformServer();
  return api.handleUploadRequest(platform.services, request, (message) =>
    console.error(`[upload] ${message}`),
  );
}
