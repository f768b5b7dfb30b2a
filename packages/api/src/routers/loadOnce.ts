/**
 * A handler module loaded on first use and kept. The runtime caches modules, but every `import()`
 * still resolves its specifier again (a loader round trip under tsx), which showed up in the
 * shopper's per-keystroke and per-search calls; every router loads its handlers through this
 * (`lazyHandlers`).
 */
export function loadOnce<M>(load: () => Promise<M>): () => Promise<M> {
  let module: Promise<M> | undefined;
  return () =>
    (module ??= load().catch((error: unknown) => {
      module = undefined; // a failed load is tried again on the next call
      throw error;
    }));
}
