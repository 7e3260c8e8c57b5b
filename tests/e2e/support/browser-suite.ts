import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type RunningApp, startApp } from "./app-server";
import { launchBrowser } from "./browser";

export interface BrowserSuite {
  readonly app: RunningApp;
  readonly browser: Browser;
}

/** For a describe block: the production build on a fresh database and a browser, started before its
 *  tests and stopped after them. `env` is read when the app starts (after earlier beforeAll hooks). */
export function browserSuite(env?: () => Record<string, string>): BrowserSuite {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp(env?.());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("The browser suite has not started");
    return value;
  };
  return {
    get app() {
      return started(app);
    },
    get browser() {
      return started(browser);
    },
  };
}
