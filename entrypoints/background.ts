import { defineBackground } from 'wxt/utils/define-background';

// The service worker: routes messages between a tab's content script and its sidebar frame,
// and (later) schedules follow-up alarms. Nothing runs at module top level (WXT imports
// entrypoints in Node at build time).
export default defineBackground(() => {});
