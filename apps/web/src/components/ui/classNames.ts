/** Class names joined with spaces, leaving out the ones not given. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
