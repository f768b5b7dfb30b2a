// Where a store's pages live: the default store at `/` and `/p/<id>`, every store (the default
// one too) at `/s/<store>` and `/s/<store>/p/<id>`. Links stay within the form the shopper came in
// by. Plain data, so server components can hand it to client components.
export interface StoreRoutes {
  search: string;
  productPrefix: string;
}

export function storeRoutes(store: string, asDefault: boolean): StoreRoutes {
  const base = asDefault ? '' : `/s/${encodeURIComponent(store)}`;
  return { search: base || '/', productPrefix: `${base}/p/` };
}

export function productHref(routes: StoreRoutes, id: string): string {
  return routes.productPrefix + encodeURIComponent(id);
}
