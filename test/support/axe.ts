import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA, as the pages promise. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fluent's focus manager (Tabster) puts `aria-hidden` focus bumpers (`<i data-tabster-dummy tabindex="0">`)
 * around arrow-key groups (tab lists, charts): on focus they hand it on at once, and `aria-hidden`
 * keeps screen readers from announcing them (microsoft/tabster#288). Only those nodes are left out
 * of `aria-hidden-focus`; any other focusable element inside `aria-hidden` still fails.
 */
const isFocusBumper = (ruleId: string, html: string) => ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy=""/.test(html);

/** The serious and critical axe-core violations on the page as it is now, each with where it is. */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  // Legacy mode runs axe in the page itself: the sessions open pages with `browser.newPage()`, and the pages embed no frames.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isFocusBumper(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join('; ')})`);
};
