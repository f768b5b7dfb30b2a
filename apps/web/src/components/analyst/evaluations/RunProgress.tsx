'use client';
import { useEffect, useState } from 'react';
import { Note } from '~/components/ui';

/**
 * While a run is evaluating (the API answers once, when all of it is done): how long it has been
 * running, so a wait of several seconds reads as progress rather than a hang. The ticking seconds
 * are hidden from screen readers, which hear the status once.
 */
export function RunProgress({
  running,
  configurations,
}: {
  running: boolean;
  configurations: number;
}) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return (
    <Note role="status">
      {running && (
        <>
          Evaluating {configurations} {configurations === 1 ? 'configuration' : 'configurations'} on
          every judged query… <span aria-hidden="true">{seconds} s</span>
        </>
      )}
    </Note>
  );
}
