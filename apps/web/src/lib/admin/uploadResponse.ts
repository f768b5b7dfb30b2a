// Reads the upload route's answer (see @shopsearch/api handleUploadRequest): the staged upload,
// or the refusal's message. A response that is not the route's JSON (a proxy's error page, a
// dropped connection) gets one calm sentence.
export interface StagedUpload {
  id: string;
  fileName: string;
  bytes: number;
  expiresAt: string;
}

export type UploadOutcome = { ok: true; upload: StagedUpload } | { ok: false; message: string };

const UNREADABLE = 'The upload did not go through. Please try again.';

export function readUploadResponse(status: number, body: unknown): UploadOutcome {
  if (typeof body !== 'object' || body === null) {
    return { ok: false, message: status === 413 ? tooLarge() : UNREADABLE };
  }
  const { upload, error } = body as { upload?: StagedUpload; error?: { message?: unknown } };
  if (status >= 200 && status < 300 && upload && typeof upload.id === 'string') {
    return { ok: true, upload };
  }
  if (error && typeof error.message === 'string') return { ok: false, message: error.message };
  return { ok: false, message: status === 413 ? tooLarge() : UNREADABLE };
}

function tooLarge(): string {
  return 'The file is larger than the upload limit.';
}
