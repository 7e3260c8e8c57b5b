import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import { z } from "zod";
import type { DatabaseHandle } from "../db/database-types";
import { metricsText } from "./metrics";

// /metrics is never on the public port: it is served by a second listener, on 127.0.0.1 unless
// METRICS_HOST says otherwise, and only when METRICS_PORT is set. METRICS_TOKEN, when set, is also
// required as a bearer token (for a METRICS_HOST reachable from other machines).

const metricsEnvironment = z.object({
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default("127.0.0.1"),
  METRICS_TOKEN: z
    .string()
    .min(16, "METRICS_TOKEN must be at least 16 characters")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type MetricsConfig = z.infer<typeof metricsEnvironment>;

export function readMetricsConfig(env: Record<string, string | undefined> = process.env): MetricsConfig {
  const parsed = metricsEnvironment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

const digest = (text: string) => createHash("sha256").update(text).digest();

function authorised(header: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const match = /^Bearer (.+)$/.exec(header ?? "");
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
}

/** Starts the metrics listener, or returns null when METRICS_PORT is unset. */
export async function startMetricsServer(config: MetricsConfig, database: DatabaseHandle): Promise<Server | null> {
  if (config.METRICS_PORT === undefined) return null;
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method !== "GET" || path !== "/metrics") {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found: metrics are at GET /metrics\n");
      return;
    }
    if (!authorised(req.headers.authorization, config.METRICS_TOKEN)) {
      res.writeHead(401, { "Content-Type": "text/plain", "WWW-Authenticate": "Bearer" }).end("Unauthorised\n");
      return;
    }
    metricsText(database).then(
      ({ contentType, body }) => res.writeHead(200, { "Content-Type": contentType }).end(body),
      () => res.writeHead(500, { "Content-Type": "text/plain" }).end("Metrics could not be collected\n"),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject).listen(config.METRICS_PORT, config.METRICS_HOST, () => resolve());
  });
  return server;
}
