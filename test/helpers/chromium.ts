// Debian's Chromium for the browser tests, and the flags they launch it with (never a downloaded browser).
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { expect } from "vitest";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Without the background-networking flags Chromium calls home at start, which this machine refuses.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** The browser for a test file; a missing Chromium fails the test (in CI too), it never skips it. */
export function launchChromium(): Promise<Browser> {
  expect(existsSync(chromiumPath), `no browser at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium)`).toBe(true);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
