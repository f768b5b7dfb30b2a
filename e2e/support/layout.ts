// Layout checks for narrow screens: the page never scrolls sideways, and a control is on screen
// where a person can tap it (not cut off by the page or a box that scrolls, not covered).
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** How far the page is wider than the screen, in CSS pixels (0 or less when it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * The elements that stick out past the screen's right edge while their parent does not (where to
 * look when a page scrolls sideways), as `tag.class` paths with their right edge.
 */
export function elementsPastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const name = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
    return [...document.body.querySelectorAll('*')]
      .filter((e) => {
        const parent = e.parentElement;
        return (
          e.getBoundingClientRect().right > width + 0.5 &&
          parent !== null &&
          parent.getBoundingClientRect().right <= width + 0.5
        );
      })
      .slice(0, 8)
      .map(
        (e) =>
          `${name(e.parentElement!)} > ${name(e)} (right ${Math.round(e.getBoundingClientRect().right)})`,
      );
  });
}

/**
 * Scrolls the page (only up or down) to `control` and checks that the point at its centre is the
 * control itself, inside the screen's width: so it is neither off to the side nor hidden by a
 * scrolling box or another element. Then checks that a click would reach it.
 */
export async function expectTappable(control: Locator, what: string): Promise<void> {
  await control.waitFor();
  const hit = await control.evaluate((element) => {
    const top = element.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(window.scrollX, Math.max(0, top - window.innerHeight / 3));
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const onScreen = box.left >= 0 && box.right <= window.innerWidth;
    const target = document.elementFromPoint(x, y);
    return { onScreen, reached: target !== null && element.contains(target) };
  });
  expect(hit, `${what} is on screen and not covered`).toEqual({ onScreen: true, reached: true });
  await control.click({ trial: true });
}
