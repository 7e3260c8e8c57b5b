import { readConfig } from "~/.server/config";
import { openConfiguredDatabase } from "~/.server/db/connection";
import type { DatabaseHandle } from "~/.server/db/database-types";

/** Opens the configured database for a one-off command (refused while a server holds the embedded
 *  one), brings its schema up to date, runs the work and closes it again. */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openConfiguredDatabase(readConfig());
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
