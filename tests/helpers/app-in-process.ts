import type { AddressInfo } from "node:net";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { createServer } from "vite";
import { readConfig } from "~/.server/config";
import type { DatabaseHandle } from "~/.server/db/database-types";
import { createExpressApp } from "~/.server/http/express-app";
import type { Logger } from "~/.server/log";
import { APP_ORIGIN } from "./requests";

// The whole Remix app — its real route table, loaders and rendered pages — answering requests in
// this process on a test's database, without a build: Vite compiles the server modules on demand.

export interface AppInProcess {
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

// Compiling the app takes Vite seconds, and test files share their worker's modules (isolate: false),
// so the first file in a worker compiles it and the others reuse it; the worker's exit ends Vite.
let serverBuild: Promise<ServerBuild> | undefined;

function loadServerBuild(): Promise<ServerBuild> {
  serverBuild ??= createServer({
    // No WebSocket: test files run in parallel and would race for Vite's fixed HMR port.
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: "custom",
    logLevel: "error",
  }).then((vite) => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>);
  return serverBuild;
}

/** The Remix handler alone: requests go in anonymously, as a reader's would. */
export async function startAppInProcess(database: DatabaseHandle): Promise<AppInProcess> {
  const handle = createRequestHandler(await loadServerBuild(), "production");
  return {
    request: (path, init) =>
      handle(new Request(`${APP_ORIGIN}${path}`, init), { db: database.db, auth: { user: null, session: null } }),
    close: async () => {},
  };
}

/** The production Express app (sessions, guards, body limits, Node streams) listening on an
 *  ephemeral port of 127.0.0.1, with `env` as its configuration (and `options.logger` for its logs);
 *  requests are real HTTP. */
export async function startServerInProcess(
  database: DatabaseHandle,
  env: Record<string, string> = {},
  options: { logger?: Logger; changesFrom?: DatabaseHandle } = {},
): Promise<AppInProcess & { origin: string }> {
  const build = await loadServerBuild();
  // `changesFrom`: a connection of its own to hear the ledger's changes on, as another instance would.
  const app = createExpressApp({
    config: readConfig(env as NodeJS.ProcessEnv),
    build,
    logger: options.logger,
    database,
    changesFrom: options.changesFrom,
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening)).on("error", reject);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    request: (path, init) => fetch(`${origin}${path}`, init),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
