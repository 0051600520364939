/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { ShellPage } from './page-models/shell-page';

const builtHtml = () => readFileSync(resolve(import.meta.dirname, '../../out/renderer/index.html'), 'utf8');

describe('content security policy', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    await new ShellPage(page).open(inject('baseUrl'));
  });
  afterAll(async () => close());

  test('the built index.html carries a strict CSP meta: no remote origin, no eval', () => {
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(builtHtml())?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  test('a fetch to an outside origin is refused by the CSP', async () => {
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const result = await fetch('https://example.com/').then(
        () => 'fetched',
        () => 'refused',
      );
      await new Promise((r) => setTimeout(r, 50));
      return { result, violations };
    });
    // The meta and the server header each enforce the policy, so each reports the violation.
    expect(outcome.result).toBe('refused');
    expect(outcome.violations.length).toBeGreaterThan(0);
    expect(new Set(outcome.violations)).toEqual(new Set(['connect-src']));
  });

  test('a script from an outside origin is refused by the CSP', async () => {
    const violated = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), {
            once: true,
          });
          const s = document.createElement('script');
          s.src = 'https://example.com/x.js';
          document.head.append(s);
        }),
    );
    expect(violated).toBe('script-src-elem');
  });
});
