import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

export function browserMissingMessage(): string {
  return (
    `Browser tests skipped: no Chromium at ${chromiumPath}. Install it with "apt-get install -y chromium" ` +
    "(or point CHROMIUM_PATH at a Chromium binary). With CI=true a missing browser fails the run."
  );
}

// Flags that work on a headless server with no outside network.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
