// Keeps the registry, adapter files, fixtures, tests and example URLs in step (STYLE.md:
// refined-github's structure test, github-url-detection's cross-checked examples).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { manifestMatches, SITE_ADAPTERS } from '../../lib/sites/registry';
import { FIXTURE_DIR } from './fixture-harness';
import { isValidMatchPattern, matchesPattern } from './match-pattern';

const SITES_DIR = fileURLToPath(new URL('../../lib/sites/', import.meta.url));
const TESTS_DIR = fileURLToPath(new URL('./', import.meta.url));
const blank = () => new JSDOM('<!DOCTYPE html><title></title>').window.document;
const specific = SITE_ADAPTERS.filter((a) => a.id !== 'generic');
const fixtures = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));

describe('site adapter registry', () => {
  it('has unique ids and the generic adapter last, as the fallback', () => {
    expect(new Set(SITE_ADAPTERS.map((a) => a.id)).size).toBe(SITE_ADAPTERS.length);
    expect(SITE_ADAPTERS.at(-1)?.id).toBe('generic');
    expect(SITE_ADAPTERS.at(-1)?.matches).toEqual([]);
  });

  it('declares manifest match patterns in valid Chrome syntax', () => {
    expect(manifestMatches().length).toBeGreaterThan(0);
    for (const pattern of manifestMatches()) expect(isValidMatchPattern(pattern), pattern).toBe(true);
    expect(isValidMatchPattern('https://*zendesk.com/*')).toBe(false);
    expect(isValidMatchPattern('https://mail.google.com')).toBe(false);
  });

  it('keeps adapter code free of fixture-only markers', () => {
    for (const file of readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(SITES_DIR + file, 'utf8'), file).not.toContain('data-fixture');
    }
  });
});

describe.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('adapter %s', (id, adapter) => {
  it('lives in its own file, with its own test file', () => {
    expect(existsSync(`${SITES_DIR}${id}.ts`)).toBe(true);
    expect(readFileSync(`${SITES_DIR}${id}.ts`, 'utf8')).toMatch(new RegExp(`id: '${id}'`));
    expect(existsSync(`${TESTS_DIR}${id}.test.ts`)).toBe(true);
  });

  it('has at least two fixture pages, one of them a variant', () => {
    const own = fixtures.filter((f) => f.startsWith(`${id}-`));
    expect(own.length, own.join()).toBeGreaterThanOrEqual(2);
    if (adapter.id !== 'generic') expect(own.some((f) => f.includes('variant')), own.join()).toBe(true);
  });

  it('claims each of its example URLs, and no other specific adapter does', () => {
    expect(adapter.examples.match.length).toBeGreaterThan(0);
    for (const raw of adapter.examples.match) {
      const url = new URL(raw);
      expect(adapter.detect(url, blank()), raw).toBe(true);
      for (const other of specific.filter((o) => o !== adapter)) expect(other.detect(url, blank()), `${other.id} claims ${raw}`).toBe(false);
      if (adapter.matches.length > 0) expect(adapter.matches.some((p) => matchesPattern(p, url)), `manifest covers ${raw}`).toBe(true);
    }
  });

  it('does not claim its counter-examples', () => {
    expect(adapter.examples.noMatch.length).toBeGreaterThan(0);
    for (const raw of adapter.examples.noMatch) expect(adapter.detect(new URL(raw), blank()), raw).toBe(false);
  });
});
