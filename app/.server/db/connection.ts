import type { AppConfig } from "../config";
import type { DatabaseHandle } from "./database-types";
import { migrateDatabase } from "./migrate";
import { openDatabase } from "./open";

/** Opens the database the configuration names (the Postgres server at DATABASE_URL, else the embedded
 *  PGlite in PGLITE_DIR) and brings its schema up to date. The server opens it once and hands it to
 *  every loader and action through the load context; commands open it for their run. */
export async function openConfiguredDatabase(
  config: Pick<AppConfig, "DATABASE_URL" | "PGLITE_DIR">,
): Promise<DatabaseHandle> {
  const handle = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: config.PGLITE_DIR },
  );
  try {
    await migrateDatabase(handle);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
