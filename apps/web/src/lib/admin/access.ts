// Which stores a signed-in user manages as a merchant. The API checks the role on every call;
// this only decides what the pages offer and when to say "no access" up front.
export interface AdminViewer {
  isPlatformAdmin: boolean;
  memberships: { storeSlug: string; storeName: string; role: string }[];
}

export interface ManagedStore {
  slug: string;
  name: string;
}

export function merchantStores(viewer: AdminViewer): ManagedStore[] {
  return viewer.memberships
    .filter((m) => m.role === 'merchant')
    .map((m) => ({ slug: m.storeSlug, name: m.storeName }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Platform administrators may manage any store, as the API allows them to. */
export function mayManage(viewer: AdminViewer, store: string): boolean {
  return viewer.isPlatformAdmin || merchantStores(viewer).some((s) => s.slug === store);
}
