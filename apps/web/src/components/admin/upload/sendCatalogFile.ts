// Sends a catalog file to the upload route as the request body, with the CSRF header the route
// checks and the file's name (which decides the format by its extension).
import { csrfHeaders } from '~/lib/auth/csrf';
import { UPLOAD_FILE_NAME_HEADER, uploadUrl } from '~/lib/admin/routes';
import { readUploadResponse, type UploadOutcome } from '~/lib/admin/uploadResponse';

export async function sendCatalogFile(store: string, file: File): Promise<UploadOutcome> {
  try {
    const response = await fetch(uploadUrl(store), {
      method: 'POST',
      body: file,
      headers: {
        ...csrfHeaders(),
        [UPLOAD_FILE_NAME_HEADER]: encodeURIComponent(file.name),
        'content-type': 'application/octet-stream',
      },
    });
    const body: unknown = await response.json().catch(() => null);
    return readUploadResponse(response.status, body);
  } catch {
    return {
      ok: false,
      message: 'The upload did not go through. Check your connection and try again.',
    };
  }
}
