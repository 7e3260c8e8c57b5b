import { z } from "zod";

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
  PUBLIC_URL: z.url().optional(),
  /** Express "trust proxy" value: set when a TLS proxy in front sets X-Forwarded-Proto/For. */
  TRUST_PROXY: z.string().optional(),
  NEWSROOM_NAME: z.string().min(1).default("Claimdesk Newsroom"),
});

export type AppConfig = z.infer<typeof environmentSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}
