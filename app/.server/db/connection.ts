import { readConfig } from "../config";
import { seedDemoIfEmpty } from "../demo/seed-demo";
import type { Database, DatabaseHandle } from "./database-types";
import { migrateDatabase } from "./migrate";
import { openDatabase } from "./open";

// One database per process, shared by the server start-up (bundled in build/cli) and the Remix
// server build (bundled separately), hence a global rather than a module variable.
const registry = globalThis as typeof globalThis & { __claimdeskDatabase?: Promise<DatabaseHandle> };

/** Opens the configured database, applies migrations and, on the embedded database, seeds the demo. */
export async function startDatabase(): Promise<DatabaseHandle> {
  const config = readConfig();
  const handle = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: config.PGLITE_DIR },
  );
  try {
    await migrateDatabase(handle);
    if (handle.kind === "pglite") await seedDemoIfEmpty(handle.db);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export function databaseHandle(): Promise<DatabaseHandle> {
  registry.__claimdeskDatabase ??= startDatabase();
  return registry.__claimdeskDatabase;
}

export async function getDb(): Promise<Database> {
  return (await databaseHandle()).db;
}

export async function closeDatabase(): Promise<void> {
  const pending = registry.__claimdeskDatabase;
  registry.__claimdeskDatabase = undefined;
  if (pending) await (await pending).close();
}
