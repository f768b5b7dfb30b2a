// The system Chromium driven by playwright-core, and pages that record every console error and
// uncaught exception so a test can assert there were none.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A browser with a fresh temporary profile (Playwright creates one per launch). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export interface PageOptions {
  baseURL: string;
  viewport?: { width: number; height: number };
}

/**
 * A page in its own context (own cookies and storage). Failed loads of resources on other hosts
 * are not counted: catalog images are remote and cannot load on an offline machine, which the
 * storefront handles with a placeholder.
 */
export async function openPage(browser: Browser, options: PageOptions): Promise<TrackedPage> {
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const origin = new URL(options.baseURL).origin;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location().url;
    const offSite = source !== '' && !source.startsWith(origin);
    if (offSite && message.text().startsWith('Failed to load resource')) return;
    errors.push(`console: ${message.text()} (${source || 'no source'})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { page, context, errors, close: () => context.close() };
}
