// Per test file: one browser; per test: fresh pages, closed afterwards even when the test fails.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser, openPage, type TrackedPage } from './browser.ts';

export interface BrowserSession {
  /** A new page on the test server; 1280×900 unless a viewport is given. */
  open(viewport?: { width: number; height: number }): Promise<TrackedPage>;
}

/** `baseURL` picks another server than the shared one (a suite that starts its own). */
export function useBrowser(baseURL: () => string = () => inject('baseURL')): BrowserSession {
  let browser: Browser | undefined;
  const pages: TrackedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(viewport) {
      if (!browser) throw new Error('useBrowser() must be called at the top of a test file');
      const tracked = await openPage(browser, { baseURL: baseURL(), viewport });
      pages.push(tracked);
      return tracked;
    },
  };
}

/** Fails with the collected messages if the page logged an error or threw. */
export function expectNoErrors(tracked: TrackedPage): void {
  expect(tracked.errors, 'console errors and uncaught exceptions').toEqual([]);
}
