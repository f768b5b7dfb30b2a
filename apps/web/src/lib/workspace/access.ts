// Which stores a signed-in user works in with a role (merchant: the admin; analyst: the
// workbench). The API checks the role on every call; this only decides what the pages offer and
// when to say "no access" up front.
export type StoreRole = 'merchant' | 'analyst';

export interface WorkspaceViewer {
  isPlatformAdmin: boolean;
  memberships: { storeSlug: string; storeName: string; role: string }[];
}

export interface WorkspaceStore {
  slug: string;
  name: string;
}

/** The stores where the user has the role, by name. */
export function storesWithRole(viewer: WorkspaceViewer, role: StoreRole): WorkspaceStore[] {
  return viewer.memberships
    .filter((m) => m.role === role)
    .map((m) => ({ slug: m.storeSlug, name: m.storeName }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Platform administrators may work in any store, as the API allows them to. */
export function mayWorkIn(viewer: WorkspaceViewer, store: string, role: StoreRole): boolean {
  return viewer.isPlatformAdmin || storesWithRole(viewer, role).some((s) => s.slug === store);
}
