import { z } from "zod";
import { DEFAULT_TIME_ZONE, isTimeZone } from "~/domain/format";
import { parseAllowInternal } from "./fetch/allow-internal";
import { parseTrustProxy, TRUST_PROXY_HELP } from "./trust-proxy";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

// Every setting Claimdesk reads from the environment, validated once so a typo fails at start-up
// with a message instead of at the first request.
const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default("./data/pglite"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** The address readers use, e.g. https://claims.example.org; defaults to the request's own origin. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http:// or https:// address" })
    .refine((url) => new URL(url).pathname === "/", {
      error:
        "PUBLIC_URL must be an origin such as https://claims.example.org, without a path: the app is served at the root",
    })
    .optional(),
  /** Express "trust proxy" value: set when a TLS proxy in front sets X-Forwarded-Proto/Host/For. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === "") return undefined;
      const trust = parseTrustProxy(value);
      if (trust === null) {
        context.addIssue({ code: "custom", message: `"${value}" is not a trust proxy setting: ${TRUST_PROXY_HELP}` });
        return z.NEVER;
      }
      return trust;
    }),
  /** Internal host:port pairs that imports and source captures may fetch; read per fetch, checked here
   *  so a malformed entry stops the start instead of the first import. */
  FETCH_ALLOW_INTERNAL: z
    .string()
    .optional()
    .superRefine((value, context) => {
      try {
        parseAllowInternal(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      }
    }),
  NEWSROOM_NAME: z.string().min(1).default("Claimdesk Newsroom"),
  /** The IANA time zone moments (checked, published, comments) are written in, e.g. Europe/London. */
  NEWSROOM_TZ: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .refine(isTimeZone, { error: "NEWSROOM_TZ must be an IANA time zone such as Europe/London or America/New_York" }),
  /** Unset: info, or silent under the test runner. */
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  /** "off" renders every public ledger page afresh (to measure the pages themselves). */
  LEDGER_PAGE_CACHE: z.enum(["on", "off"], 'LEDGER_PAGE_CACHE must be "on" or "off"').default("on"),
});

export type AppConfig = z.infer<typeof environmentSchema>;

const SETTING_NAMES = Object.keys(environmentSchema.shape);
/** The last settings read and what they parsed to: requests read the configuration, and parsing it
 *  (a time zone check among others) cost about a tenth of a ledger page's CPU. */
let lastRead: { settings: string; config: AppConfig } | undefined;

export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const settings = JSON.stringify(SETTING_NAMES.map((name) => env[name] ?? null));
  if (lastRead?.settings === settings) return lastRead.config;
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  lastRead = { settings, config: parsed.data };
  return parsed.data;
}
