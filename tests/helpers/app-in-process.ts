import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { createServer, type ViteDevServer } from "vite";
import type { DatabaseHandle } from "~/.server/db/types";
import { APP_ORIGIN } from "./requests";

// The whole Remix app — its real route table, loaders and rendered pages — answering requests in
// this process on a test's database, without a build: Vite compiles the server modules on demand.
// Requests go in anonymously, as a reader's would.

export interface AppInProcess {
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

const registry = globalThis as typeof globalThis & { __claimdeskDatabase?: Promise<DatabaseHandle> };

export async function startAppInProcess(database: DatabaseHandle): Promise<AppInProcess> {
  // The app's modules open "the" database through this registry; the test's stands in for it.
  registry.__claimdeskDatabase = Promise.resolve(database);
  const vite: ViteDevServer = await createServer({
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: "custom",
    logLevel: "error",
  });
  const build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  const handle = createRequestHandler(build, "production");
  return {
    request: (path, init) => handle(new Request(`${APP_ORIGIN}${path}`, init), { auth: { user: null, session: null } }),
    close: async () => {
      registry.__claimdeskDatabase = undefined;
      await vite.close();
    },
  };
}
