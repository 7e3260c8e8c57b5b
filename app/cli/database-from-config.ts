import { readConfig } from "~/.server/config";
import type { DatabaseHandle } from "~/.server/db/database-types";
import { migrateDatabase } from "~/.server/db/migrate";
import { openDatabase } from "~/.server/db/open";

/** Opens the configured database for a one-off command (refused while a server holds the embedded
 *  one), brings its schema up to date, runs the work and closes it again. */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = readConfig();
  const handle = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: config.PGLITE_DIR },
  );
  try {
    await migrateDatabase(handle);
    return await work(handle);
  } finally {
    await handle.close();
  }
}
