// Where the workbench's pages live: /analyst lists the stores, each store has its sections.
export const ANALYST_HOME = '/analyst';

export const SECTIONS = [
  { id: 'compare', label: 'Compare' },
  { id: 'judgments', label: 'Judgments' },
  { id: 'evaluations', label: 'Evaluations' },
  { id: 'analytics', label: 'Analytics' },
  { id: 'experiments', label: 'Experiments' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export function sectionHref(store: string, section: SectionId, query?: URLSearchParams): string {
  const search = query?.toString();
  return `${ANALYST_HOME}/${encodeURIComponent(store)}/${section}${search ? `?${search}` : ''}`;
}

export function runHref(store: string, runId: number): string {
  return `${sectionHref(store, 'evaluations')}/${runId}`;
}

/** A server page's own address, for returning to it after sign-in. */
export function pathWithQuery(
  path: string,
  searchParams: Record<string, string | string[] | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      query.append(key, v);
    }
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
