// The one Chromium every end-to-end test drives (Debian's package; Playwright cannot download
// its own browsers here) and the flags that keep it from reaching anything outside this machine
// (TOOLCHAIN.md "Real Chromium"): no background networking, no component updates, no sync,
// no QUIC. Callers add their own --host-resolver-rules, which close the network for the rest.

export const CHROMIUM = '/usr/bin/chromium';

export const HERMETIC_CHROMIUM_ARGS = [
  '--no-sandbox', // required as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;
