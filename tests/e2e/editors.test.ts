// The real-editor matrix (issue 3 tests item 7 second bullet, issue 4 item 3): every editor kind
// built from its real npm library, driven in real Chromium with real keystrokes; the strategies
// run in an isolated world as in the content script, the main-world script in the page's world.
// Every check reads the editor's OWN model (window.__ownupTest.getModelText), never the DOM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildEditorPages, EDITOR_PAGES_OUT } from '../editor-pages/build';
import {
  bundleIsolatedStrategies,
  bundleMainWorldScript,
  EDITOR_HOST,
  IsolatedStrategies,
  launchChromium,
  serveDirectory,
} from './support/editors-harness';

interface KindUnderTest {
  kind: string;
  /** What the content script would hand to the strategies (an iframe: its body). */
  selector: string;
  /** TinyMCE edits inside an iframe: keystrokes go to its body. */
  inFrame?: boolean;
  /** The strategy's second check reads this model through the main-world script. */
  mainWorldModel?: boolean;
}

const KINDS: KindUnderTest[] = [
  { kind: 'textarea', selector: '#editor' },
  { kind: 'contenteditable', selector: '#editor' },
  { kind: 'ckeditor5', mainWorldModel: true, selector: '.ck-editor__editable' },
  { kind: 'prosemirror', mainWorldModel: true, selector: '.ProseMirror' },
  { kind: 'roosterjs', selector: '#editor' },
  { kind: 'froala', mainWorldModel: true, selector: '.fr-element' },
  { kind: 'slate', mainWorldModel: true, selector: '[data-slate-editor]' },
  { kind: 'quill', mainWorldModel: true, selector: '.ql-editor' },
  { kind: 'lexical', mainWorldModel: true, selector: '[data-lexical-editor]' },
  { kind: 'draftjs', mainWorldModel: true, selector: '.public-DraftEditor-content' },
  { kind: 'tinymce', selector: 'iframe', inFrame: true, mainWorldModel: true },
];

const DRAFT = [
  'Hi Dana, thanks for writing in.',
  'We are not responsible for the courier, so you should contact them directly.',
  'Best regards, Sam',
];
const SPAN = 'you should contact them directly';
const REWRITE = 'I will call the courier for you today';
const REPLY = ['Hi Dana,', 'I have rebooked your delivery for tomorrow morning and will confirm by noon.', 'Sam'].join('\n');

let browser: Browser;
let server: { port: number; close(): Promise<void> };
let strategiesSource: string;
let mainWorldSource: string;
const results = new Map<string, Record<string, string>>();

function record(kind: string, scenario: string, outcome: string): void {
  const row = results.get(kind) ?? {};
  row[scenario] = outcome;
  results.set(kind, row);
}

/** Runs a scenario and records pass/FAIL for the summary table; failures still fail the test. */
async function scenario(kind: string, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    record(kind, name, 'pass');
  } catch (error) {
    record(kind, name, 'FAIL');
    throw error;
  }
}

beforeAll(async () => {
  await buildEditorPages();
  [strategiesSource, mainWorldSource] = await Promise.all([bundleIsolatedStrategies(), bundleMainWorldScript()]);
  server = await serveDirectory(EDITOR_PAGES_OUT);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (results.size) {
    console.log('\nReal-editor matrix (model checked through each library\'s own API):');
    console.table(Object.fromEntries(results));
  }
});

interface Session {
  page: Page;
  strategies: IsolatedStrategies;
  model(): Promise<string>;
  focusEditor(): Promise<void>;
  typeDraft(lines: string[]): Promise<void>;
  undoKey(): Promise<void>;
  close(): Promise<void>;
}

async function open(k: KindUnderTest): Promise<Session> {
  const page = await browser.newPage();
  page.setDefaultTimeout(5_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://${EDITOR_HOST}:${server.port}/${k.kind}.html`);
  await page.waitForFunction(() => window.__ownupReady === true, null, { timeout: 20_000 }).catch(() => {
    throw new Error(`${k.kind} page did not start: ${errors.join('; ')}`);
  });
  const strategies = await IsolatedStrategies.attach(page, strategiesSource, mainWorldSource);
  const model = () => page.evaluate(() => window.__ownupTest!.getModelText());
  const editorLocator = () => (k.inFrame ? page.frameLocator(k.selector).locator('body') : page.locator(k.selector));
  const focusEditor = async () => {
    await editorLocator().click();
  };
  return {
    page,
    strategies,
    model,
    focusEditor,
    async typeDraft(lines) {
      await focusEditor();
      for (const [i, line] of lines.entries()) {
        if (i > 0) await page.keyboard.press('Enter');
        await page.keyboard.type(line);
      }
      // A rep reads the sidebar before applying; editors group keystrokes closer than ~1 s
      // (Quill's history delay) into one undo step, which is the rep's typing, not OwnUp's.
      await page.waitForTimeout(1100);
      expect(await model()).toBe(lines.join('\n'));
    },
    async undoKey() {
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(300);
    },
    close: () => page.close(),
  };
}

/** Moves focus out of the editor, as a click in the sidebar does. */
async function stealFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'sidebar';
    document.body.append(button);
    button.focus();
  });
}

describe.each(KINDS)('$kind', (k) => {
  it('reads the draft in the same coordinates as the editor model', async () => {
    const s = await open(k);
    try {
      await scenario(k.kind, 'read', async () => {
        expect(await s.strategies.seesPageObjects()).toBe(false); // truly isolated
        expect(await s.strategies.detect(k.selector)).toBe(k.kind);
        await s.typeDraft(DRAFT);
        expect(await s.strategies.read(k.selector)).toBe(await s.model());
        if (k.mainWorldModel) {
          // The second check really reaches the model (a silent null would verify nothing).
          expect(await s.strategies.modelViaMainWorld(k.selector, k.kind)).toBe(await s.model());
          expect(s.strategies.mainWorldInjections).toBe(1); // injected on demand, once
        }
      });
    } finally {
      await s.close();
    }
  });

  it('replaces a span in the middle paragraph; one Ctrl+Z restores the exact draft', async () => {
    const s = await open(k);
    try {
      await scenario(k.kind, 'replace+undo', async () => {
        await s.typeDraft(DRAFT);
        const before = await s.model();
        const start = before.indexOf(SPAN);
        await stealFocus(s.page);
        const result = await s.strategies.insert(k.selector, { replace: { start, end: start + SPAN.length, expected: SPAN }, text: REWRITE });
        expect(result).toEqual({ ok: true, kind: k.kind });
        expect(await s.model()).toBe(before.replace(SPAN, REWRITE));
        await s.undoKey();
        expect(await s.model()).toBe(before);
      });
    } finally {
      await s.close();
    }
  });

  it('replaces a span with a two-paragraph rewrite; one Ctrl+Z restores the exact draft', async () => {
    const s = await open(k);
    try {
      await scenario(k.kind, 'multi-para', async () => {
        await s.typeDraft(DRAFT);
        const before = await s.model();
        const start = before.indexOf(SPAN);
        const rewrite = 'I will call the courier today.\nI will write back by noon with the new slot';
        await stealFocus(s.page);
        const result = await s.strategies.insert(k.selector, { replace: { start, end: start + SPAN.length, expected: SPAN }, text: rewrite });
        expect(result).toEqual({ ok: true, kind: k.kind });
        expect(await s.model()).toBe(before.replace(SPAN, rewrite));
        await s.undoKey();
        expect(await s.model()).toBe(before);
      });
    } finally {
      await s.close();
    }
  });

  it('leaves the caret right after the inserted text', async () => {
    const s = await open(k);
    try {
      await scenario(k.kind, 'caret', async () => {
        await s.typeDraft(DRAFT);
        const before = await s.model();
        const start = before.indexOf(SPAN);
        await stealFocus(s.page);
        const result = await s.strategies.insert(k.selector, { replace: { start, end: start + SPAN.length, expected: SPAN }, text: REWRITE });
        expect(result.ok).toBe(true);
        await s.page.keyboard.type('XQ');
        await s.page.waitForTimeout(100);
        expect(await s.model()).toBe(before.replace(SPAN, `${REWRITE}XQ`));
      });
    } finally {
      await s.close();
    }
  });

  it('inserts at the caret the rep left, after focus moved to the sidebar', async () => {
    const s = await open(k);
    try {
      await scenario(k.kind, 'at-caret', async () => {
        // As the content script does when the editor appears (it starts remembering the caret).
        expect(await s.strategies.detect(k.selector)).toBe(k.kind);
        await s.typeDraft(DRAFT);
        await s.page.keyboard.press('Home'); // caret to the start of the last paragraph
        await s.page.waitForTimeout(200);
        const before = await s.model();
        await stealFocus(s.page);
        const result = await s.strategies.insert(k.selector, { text: 'P.S. ' });
        expect(result).toEqual({ ok: true, kind: k.kind });
        const lastParagraph = before.lastIndexOf('\n') + 1;
        expect(await s.model()).toBe(`${before.slice(0, lastParagraph)}P.S. ${before.slice(lastParagraph)}`);
      });
    } finally {
      await s.close();
    }
  });

  it('replaces the whole draft with a reply, undoable in one step', async () => {
    const s = await open(k);
    try {
      await scenario(k.kind, 'replaceAll', async () => {
        await s.typeDraft(DRAFT);
        const before = await s.model();
        await stealFocus(s.page);
        const result = await s.strategies.insert(k.selector, { replaceAll: true, text: REPLY });
        expect(result).toEqual({ ok: true, kind: k.kind });
        expect(await s.model()).toBe(REPLY);
        await s.undoKey();
        expect(await s.model()).toBe(before);
      });
    } finally {
      await s.close();
    }
  });

  it('inserts a reply into an empty editor that never had focus', async () => {
    const s = await open(k);
    try {
      await scenario(k.kind, 'empty', async () => {
        expect(await s.model()).toBe('');
        const result = await s.strategies.insert(k.selector, { replaceAll: true, text: REPLY });
        expect(result).toEqual({ ok: true, kind: k.kind });
        expect(await s.model()).toBe(REPLY);
      });
    } finally {
      await s.close();
    }
  });

  it('refuses a stale span and a read-only editor, writing nothing', async () => {
    const s = await open(k);
    try {
      await scenario(k.kind, 'refusals', async () => {
        await s.typeDraft(DRAFT);
        const before = await s.model();
        const start = before.indexOf(SPAN);
        const stale = await s.strategies.insert(k.selector, { replace: { start: start + 1, end: start + 1 + SPAN.length, expected: SPAN }, text: REWRITE });
        expect(stale.ok).toBe(false);
        expect(stale.ok === false && stale.reason).toMatch(/draft changed/);
        await s.page.evaluate(() => window.__ownupTest!.setReadOnly(true));
        await s.page.waitForTimeout(100);
        const readOnly = await s.strategies.insert(k.selector, { replace: { start, end: start + SPAN.length, expected: SPAN }, text: REWRITE });
        expect(readOnly.ok).toBe(false);
        expect(await s.model()).toBe(before);
      });
    } finally {
      await s.close();
    }
  });
});

describe('an element no strategy handles', () => {
  it('returns ok:false with a reason so the caller uses the clipboard', async () => {
    const s = await open(KINDS[1]!);
    try {
      for (const selector of ['#not-an-editor', '#canvas-editor']) {
        expect(await s.strategies.detect(selector)).toBeNull();
        const result = await s.strategies.insert(selector, { replaceAll: true, text: REPLY });
        expect(result).toMatchObject({ ok: false, kind: 'unknown' });
        expect(result.ok === false && result.reason).toMatch(/does not recognize/);
      }
      expect(await s.page.locator('#not-an-editor').textContent()).toBe('A div that is not editable.');
    } finally {
      await s.close();
    }
  });
});

describe('a page that forges main-world replies', () => {
  it('can only make OwnUp take its own edit back, never keep a write it could not verify', async () => {
    const s = await open(KINDS.find((k) => k.kind === 'ckeditor5')!);
    try {
      await s.typeDraft(DRAFT);
      const before = await s.model();
      // The page answers every bridge request first, claiming the model holds something else.
      await s.page.evaluate(() => {
        document.addEventListener('ownup:main-world-request', (e) => {
          const { id } = JSON.parse((e as CustomEvent<string>).detail) as { id: string };
          document.dispatchEvent(new CustomEvent('ownup:main-world-reply', { detail: JSON.stringify({ id, text: 'forged' }) }));
        });
      });
      const start = before.indexOf(SPAN);
      const result = await s.strategies.insert('.ck-editor__editable', { replace: { start, end: start + SPAN.length, expected: SPAN }, text: REWRITE });
      expect(result).toMatchObject({ ok: false, kind: 'ckeditor5' });
      expect(result.ok === false && result.reason).toMatch(/undid its change/);
      expect(await s.model()).toBe(before);
    } finally {
      await s.close();
    }
  });
});
