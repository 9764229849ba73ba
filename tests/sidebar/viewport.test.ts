import { describe, expect, it } from 'vitest';
import { ScriptedAnalyzer, makeStore } from './fakes';
import { scriptedAnalysis } from './scripted-findings';

// On a narrow window the expanded sidebar would cover the editor: it folds to its tab, and
// unfolds when the window widens — unless the rep chose otherwise in between.
describe('the sidebar on a narrow window', () => {
  function started() {
    const made = makeStore({ analyzer: new ScriptedAnalyzer(scriptedAnalysis) });
    made.store.getState().start();
    return made;
  }

  it('folds to the tab when the page says the window is narrow, and unfolds when it widens', () => {
    const { store, port } = started();
    port.deliver({ type: 'viewport', narrow: true });
    expect(store.getState().collapsed).toBe(true);
    expect(port.sentOfType('layout').at(-1)).toMatchObject({ collapsed: true });
    port.deliver({ type: 'viewport', narrow: false });
    expect(store.getState().collapsed).toBe(false);
    expect(port.sentOfType('layout').at(-1)).toMatchObject({ collapsed: false });
  });

  it('keeps the rep\'s own choice: expanded by hand on a narrow window stays expanded when it widens', () => {
    const { store, port } = started();
    port.deliver({ type: 'viewport', narrow: true });
    store.getState().setCollapsed(false);
    port.deliver({ type: 'viewport', narrow: false });
    expect(store.getState().collapsed).toBe(false);
  });

  it('leaves a sidebar the rep collapsed collapsed when the window widens', () => {
    const { store, port } = started();
    store.getState().setCollapsed(true);
    port.deliver({ type: 'viewport', narrow: true });
    port.deliver({ type: 'viewport', narrow: false });
    expect(store.getState().collapsed).toBe(true);
  });
});
