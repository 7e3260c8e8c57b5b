import { execFileSync } from "node:child_process";
import { browserMissingMessage, chromiumPath, hasChromium } from "./chromium";

// The browser tests run against the production build, built once for the whole run.
export default function setup() {
  if (!hasChromium()) {
    if (process.env.CI === "true") throw new Error(browserMissingMessage());
    console.warn(`\n${browserMissingMessage()}\n`);
    return;
  }
  if (process.env.E2E_SKIP_BUILD === "1") return;
  console.log(`Building the app for the browser tests (Chromium: ${chromiumPath})…`);
  execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
}
