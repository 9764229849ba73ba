// Background side: puts OwnUp's main-world script into one frame of a tab, on request of that
// frame's content script (see README.md). Not a web-accessible resource (only the sidebar page
// is, issue 3 item 6), so it is injected with scripting.executeScript, which the extension's
// host permission for the tab allows and the page cannot trigger by itself.
import { browser } from 'wxt/browser';

/** Path of the built unlisted script (entrypoints/ownup-main-world.ts). */
export const MAIN_WORLD_SCRIPT_FILE = '/ownup-main-world.js';

export async function injectMainWorldScript(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    world: 'MAIN',
    files: [MAIN_WORLD_SCRIPT_FILE],
  });
}
