export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `read` until `done(value)` or the deadline; returns the last value read. */
export async function pollUntil<T>(read: () => T, done: (value: T) => boolean, timeoutMs: number, stepMs = 16): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(stepMs);
    value = read();
  }
  return value;
}
