import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { ServerBuild } from "@remix-run/node";
import type { AppConfig } from "~/.server/config";
import type { DatabaseHandle } from "~/.server/db/database-types";
import type { Logger } from "~/.server/log";
import { projectRoot } from "~/.server/paths";
import { describeTrustProxy } from "~/.server/trust-proxy";

async function productionBuild(): Promise<ServerBuild> {
  const file = path.join(projectRoot(), "build", "server", "index.js");
  return import(pathToFileURL(file).href).catch(() => {
    throw new Error(`No server build at ${file}: run "npm run build" first.`);
  });
}

async function developmentApp(config: AppConfig, logger: Logger, database: DatabaseHandle) {
  const [vite, { createExpressApp }] = await Promise.all([import("vite"), import("~/.server/http/express-app")]);
  const devServer = await vite.createServer({ server: { middlewareMode: true } });
  return createExpressApp({
    config,
    logger,
    database,
    build: () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>,
    devMiddleware: devServer.middlewares,
  });
}

async function productionApp(config: AppConfig, logger: Logger, database: DatabaseHandle) {
  const { createExpressApp } = await import("~/.server/http/express-app");
  return createExpressApp({ config, logger, database, build: await productionBuild() });
}

function stopOnSignals(server: Server, stopWorker: () => Promise<void>, closeDatabase: () => Promise<void>) {
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

/** What an operator should know before the first request: where links point and whom the proxy headers come from. */
function logStartupNotes(config: AppConfig, logger: Logger) {
  logger.info({ trustProxy: config.TRUST_PROXY ?? false }, describeTrustProxy(config.TRUST_PROXY));
  if (!config.PUBLIC_URL) {
    logger.warn(
      "PUBLIC_URL is not set: absolute links in the ledger's data, feed and ClaimReview follow the Host each request " +
        "was sent to. Set PUBLIC_URL to the address readers use, e.g. https://claims.example.org.",
    );
  }
}

export async function runServe(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { dev: { type: "boolean", default: false } } });
  // Production unless asked otherwise: React's production build, and Remix and Express show no error
  // details to readers. Set before the app's modules load, since some read it when they do.
  process.env.NODE_ENV = values.dev ? "development" : "production";
  const [{ readConfig }, { createLogger }, connection, worker, demo, metrics] = await Promise.all([
    import("~/.server/config"),
    import("~/.server/log"),
    import("~/.server/db/connection"),
    import("~/.server/imports/bulk/worker"),
    import("~/.server/demo/seed-demo"),
    import("~/.server/metrics/metrics-server"),
  ]);
  const config = readConfig();
  const metricsConfig = metrics.readMetricsConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // Open, migrate and seed before listening: the first request never waits for start-up. The embedded
  // database is the demo's: it gets the demo users and articles while it has no users.
  const handle = await connection.openConfiguredDatabase(config);
  if (handle.kind === "pglite") await demo.seedDemoIfEmpty(handle.db);
  const app = values.dev ? await developmentApp(config, logger, handle) : await productionApp(config, logger, handle);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening)).on("error", reject);
  });
  const metricsServer = await metrics.startMetricsServer(metricsConfig, handle);
  const stopWorker = worker.startImportWorker(handle.db);
  const stopBackground = async () => {
    metricsServer?.close();
    await stopWorker();
  };
  stopOnSignals(server, stopBackground, handle.close);
  if (!values.dev) logStartupNotes(config, logger);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const lines = [`Claimdesk is running at http://localhost:${port}`, `Database: ${handle.kind} (${handle.location})`];
  const metricsAddress = metricsServer?.address();
  if (metricsAddress && typeof metricsAddress === "object") {
    lines.push(`Metrics: http://${metricsAddress.address}:${metricsAddress.port}/metrics`);
  }
  const demoLogins = await demo.activeDemoLogins(handle.db);
  if (demoLogins.length > 0) {
    lines.push(
      `Demo sign-ins (password "${demo.DEMO_PASSWORD}"):`,
      ...demoLogins.map((login) => `  ${login.email}  ${login.role}`),
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  // Keep running until a signal stops the server.
  return new Promise<number>(() => {});
}
