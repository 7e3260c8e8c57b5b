import type { ServerBuild } from "@remix-run/node";
import { count, max, sql } from "drizzle-orm";
import type { NextFunction, Request, Response } from "express";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { CLAIM_STATES } from "~/domain/claim-states";
import { RECHECK_STATUSES } from "~/domain/sources";
import type { DatabaseHandle } from "../db/database-types";
import { claims, IMPORT_STATUSES, importJobs, ledgerEntries, sources } from "../db/schema/all-tables";
import { NO_ROUTE, routeMatcher, routePatternsOf } from "./route-patterns";

// The Prometheus metrics of one server process (docs/operations.md lists them and what to alert on).
// Request metrics are counted as requests finish; the newsroom's figures (claims, imports, ledger,
// sources) and the database's connections are read from the database when Prometheus scrapes.

function fillStates<State extends string>(states: readonly State[], rows: { state: string | null; n: number }[]) {
  const counts = new Map<string, number>(states.map((state) => [state, 0]));
  for (const row of rows) counts.set(row.state ?? "never", (counts.get(row.state ?? "never") ?? 0) + row.n);
  return counts;
}

function createMetrics() {
  const registry = new Registry();
  // Process memory, CPU, event-loop lag (nodejs_eventloop_lag_*), heap and GC, as prom-client names them.
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "claimdesk_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status code.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "claimdesk_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by method and route pattern.",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const databaseUp = new Gauge({
    name: "claimdesk_db_up",
    help: "1 when the database answered the metrics queries of this scrape, 0 when it did not.",
    registers: [registry],
  });
  const connections = new Gauge({
    name: "claimdesk_db_connections",
    help: "Connections to the app's Postgres database by state (all instances sharing it; 1 idle on the embedded database).",
    labelNames: ["state"] as const,
    registers: [registry],
  });
  const poolSize = new Gauge({
    name: "claimdesk_db_pool_max",
    help: "The most connections this process opens to the database.",
    registers: [registry],
  });
  const claimsByState = new Gauge({
    name: "claimdesk_claims",
    help: "Claims by workflow state.",
    labelNames: ["state"] as const,
    registers: [registry],
  });
  const importJobsByState = new Gauge({
    name: "claimdesk_import_jobs",
    help: "Bulk import jobs by state.",
    labelNames: ["state"] as const,
    registers: [registry],
  });
  const ledger = new Gauge({
    name: "claimdesk_ledger_entries",
    help: "Entries in the ledger's hash chain (publications and corrections).",
    registers: [registry],
  });
  const sourcesByResult = new Gauge({
    name: "claimdesk_sources",
    help: 'Sources by the result of their last re-check ("never" when not re-checked yet).',
    labelNames: ["recheck"] as const,
    registers: [registry],
  });
  const lastRecheck = new Gauge({
    name: "claimdesk_sources_last_recheck_timestamp_seconds",
    help: "When a source was last re-checked (Unix time; 0 when none ever was).",
    registers: [registry],
  });

  /** Reads the newsroom's figures; run once per scrape, before the registry is serialised. */
  async function readDatabase(handle: DatabaseHandle): Promise<void> {
    try {
      const { db } = handle;
      const [claimRows, jobRows, [entries], sourceRows, [recheck]] = await Promise.all([
        db.select({ state: claims.state, n: count() }).from(claims).groupBy(claims.state),
        db.select({ state: importJobs.status, n: count() }).from(importJobs).groupBy(importJobs.status),
        db.select({ n: count() }).from(ledgerEntries),
        db.select({ state: sources.recheckStatus, n: count() }).from(sources).groupBy(sources.recheckStatus),
        db.select({ at: max(sources.recheckedAt) }).from(sources),
      ]);
      for (const [state, n] of fillStates(CLAIM_STATES, claimRows)) claimsByState.set({ state }, n);
      for (const [state, n] of fillStates(IMPORT_STATUSES, jobRows)) importJobsByState.set({ state }, n);
      ledger.set(entries?.n ?? 0);
      for (const [state, n] of fillStates([...RECHECK_STATUSES, "never"], sourceRows))
        sourcesByResult.set({ recheck: state }, n);
      lastRecheck.set(recheck?.at ? recheck.at.getTime() / 1000 : 0);
      if (handle.kind === "postgres") {
        poolSize.set(handle.client.options.max);
        const rows = await db.execute<{ state: string | null; n: number }>(
          sql`select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity
              where datname = current_database() and backend_type = 'client backend' group by 1`,
        );
        connections.reset();
        for (const row of rows as unknown as { state: string; n: number }[])
          connections.set({ state: row.state }, row.n);
      } else {
        poolSize.set(1);
        connections.reset();
        connections.set({ state: "idle" }, 1);
      }
      databaseUp.set(1);
    } catch {
      databaseUp.set(0);
    }
  }

  return { registry, requests, duration, readDatabase };
}

type Metrics = ReturnType<typeof createMetrics>;

// One registry per process, however many times the Express app is built (tests build several).
const holder = globalThis as typeof globalThis & { __claimdeskMetrics?: Metrics };

export function appMetrics(): Metrics {
  holder.__claimdeskMetrics ??= createMetrics();
  return holder.__claimdeskMetrics;
}

/** The metrics text Prometheus scrapes. */
export async function metricsText(database: DatabaseHandle): Promise<{ contentType: string; body: string }> {
  const metrics = appMetrics();
  await metrics.readDatabase(database);
  return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
}

/** Express middleware counting every request and its duration under its route pattern. */
export function countRequests(build: ServerBuild | (() => Promise<ServerBuild>)) {
  const { requests, duration } = appMetrics();
  let routeOf: (path: string) => string = () => NO_ROUTE;
  const loaded = typeof build === "function" ? build() : Promise.resolve(build);
  loaded.then(
    (serverBuild) => {
      routeOf = routeMatcher(routePatternsOf(serverBuild));
    },
    () => {},
  );
  return (req: Request, res: Response, next: NextFunction) => {
    const stop = duration.startTimer();
    res.once("finish", () => {
      const route = routeOf(req.path);
      stop({ method: req.method, route });
      requests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
