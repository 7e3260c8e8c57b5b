import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockDataDirectory } from "./data-dir-lock";
import type { Database, DatabaseHandle } from "./database-types";
import * as schema from "./schema/all-tables";

/** `loadDataDir` starts PGlite from a `dumpDataDir()` archive instead of an empty or existing folder. */
export type DatabaseTarget = { url: string } | { pgliteDir: string; loadDataDir?: Blob };

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const client = postgres(url, { max: 10, onnotice: () => {} });
  return {
    db: drizzlePostgres({ client, schema }) as unknown as Database,
    kind: "postgres",
    client,
    location: redactPassword(url),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(directory: string, loadDataDir?: Blob): Promise<DatabaseHandle> {
  const inMemory = directory.startsWith("memory://");
  const dataDir = inMemory ? directory : path.resolve(directory);
  const unlock = inMemory ? () => {} : lockDataDirectory(dataDir);
  try {
    // pg_trgm (similar claims) ships with PGlite as a loadable extension; the server has it built in.
    const client = await PGlite.create(dataDir, { extensions: { pg_trgm }, loadDataDir });
    return {
      db: drizzlePglite({ client, schema }) as unknown as Database,
      kind: "pglite",
      client,
      location: dataDir,
      close: async () => {
        await client.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Opens the Postgres server named by a URL, or the embedded PGlite database in a folder (or memory://). */
export function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return "url" in target ? openPostgres(target.url) : openPglite(target.pgliteDir, target.loadDataDir);
}
