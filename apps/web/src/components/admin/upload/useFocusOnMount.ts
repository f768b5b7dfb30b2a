import { useEffect, useRef } from 'react';

/** Moves focus to the element when it appears: each step of the upload announces itself. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
