'use client';
import { useEffect, useState } from 'react';

/** True once `active` has stayed true for `afterMs`; false again as soon as it is not. */
export function useElapsed(active: boolean, afterMs: number): boolean {
  const [elapsedFor, setElapsedFor] = useState<boolean | null>(null);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setElapsedFor(true), afterMs);
    return () => {
      clearTimeout(timer);
      setElapsedFor(null);
    };
  }, [active, afterMs]);
  return active && elapsedFor === true;
}
