// Which stores a signed-in user works in as an analyst. The API checks the role on every call;
// this only decides what the pages offer and when to say "no access" up front.
export interface Membership {
  storeSlug: string;
  storeName: string;
  role: string;
}

export interface AnalystViewer {
  isPlatformAdmin: boolean;
  memberships: Membership[];
}

export interface AnalystStore {
  slug: string;
  name: string;
}

export function analystStores(viewer: AnalystViewer): AnalystStore[] {
  return viewer.memberships
    .filter((m) => m.role === 'analyst')
    .map((m) => ({ slug: m.storeSlug, name: m.storeName }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Platform administrators may work in any store, as the API allows them to. */
export function mayAnalyse(viewer: AnalystViewer, store: string): boolean {
  return viewer.isPlatformAdmin || analystStores(viewer).some((s) => s.slug === store);
}
