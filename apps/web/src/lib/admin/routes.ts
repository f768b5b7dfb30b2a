// Where the merchant admin's pages live: /admin lists the stores, each store has its sections;
// platform administrators also get /admin/platform (stores, accounts, roles).
export const ADMIN_HOME = '/admin';
export const PLATFORM_ADMIN = '/admin/platform';
/** The route handler that stages catalog files (see @shopsearch/api handleUploadRequest). */
export const UPLOAD_ENDPOINT = '/api/admin/upload';
/** The header carrying the file's name (URI-encoded); mirrors the API's FILE_NAME_HEADER. */
export const UPLOAD_FILE_NAME_HEADER = 'x-file-name';

export const ADMIN_SECTIONS = [
  { id: 'catalog', label: 'Catalog' },
  { id: 'upload', label: 'Upload' },
  { id: 'index', label: 'Index' },
  { id: 'synonyms', label: 'Synonyms' },
  { id: 'rules', label: 'Rules' },
] as const;

export type AdminSectionId = (typeof ADMIN_SECTIONS)[number]['id'];

export function adminHref(store: string, section: AdminSectionId): string {
  return `${ADMIN_HOME}/${encodeURIComponent(store)}/${section}`;
}

export function uploadUrl(store: string): string {
  return `${UPLOAD_ENDPOINT}?${new URLSearchParams({ store })}`;
}
