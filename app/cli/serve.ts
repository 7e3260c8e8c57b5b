import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { ServerBuild } from "@remix-run/node";
import { startImportWorker } from "~/.server/bulk-import/worker";
import { readConfig } from "~/.server/config";
import { closeDatabase, databaseHandle } from "~/.server/db/connection";
import { activeDemoLogins, DEMO_PASSWORD } from "~/.server/demo/seed-demo";
import { createExpressApp } from "~/.server/http/express-app";
import { projectRoot } from "~/.server/paths";

async function productionBuild(): Promise<ServerBuild> {
  const file = path.join(projectRoot(), "build", "server", "index.js");
  return import(pathToFileURL(file).href).catch(() => {
    throw new Error(`No server build at ${file}: run "npm run build" first.`);
  });
}

async function developmentApp(config: ReturnType<typeof readConfig>) {
  const vite = await import("vite");
  const devServer = await vite.createServer({ server: { middlewareMode: true } });
  return createExpressApp({
    config,
    build: () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>,
    devMiddleware: devServer.middlewares,
  });
}

function stopOnSignals(server: Server, stopWorker: () => Promise<void>) {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal} received: finishing requests and closing the database…\n`);
    server.close();
    server.closeIdleConnections();
    // Requests still running after 10 s are cut off, but the database is always closed cleanly.
    const forceClose = setTimeout(() => server.closeAllConnections(), 10_000);
    server.once("close", () => {
      clearTimeout(forceClose);
      stopWorker()
        .then(closeDatabase)
        .finally(() => process.exit(0));
    });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

export async function runServe(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { dev: { type: "boolean", default: false } } });
  const config = readConfig();
  // Open, migrate and seed before listening: the first request never waits for start-up.
  const handle = await databaseHandle();
  const app = values.dev ? await developmentApp(config) : createExpressApp({ config, build: await productionBuild() });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening)).on("error", reject);
  });
  stopOnSignals(server, startImportWorker(handle.db));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const lines = [`Claimdesk is running at http://localhost:${port}`, `Database: ${handle.kind} (${handle.location})`];
  const demoLogins = await activeDemoLogins(handle.db);
  if (demoLogins.length > 0) {
    lines.push(
      `Demo sign-ins (password "${DEMO_PASSWORD}"):`,
      ...demoLogins.map((login) => `  ${login.email}  ${login.role}`),
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  // Keep running until a signal stops the server.
  return new Promise<number>(() => {});
}
