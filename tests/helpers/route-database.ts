import type { DatabaseHandle } from "~/.server/db/database-types";

/** Route modules reach the database through getDb() (app/.server/db/connection.ts); this makes it the
 *  test's throwaway database, so tests can call loaders and actions directly. */
export function serveRoutesFrom(handle: DatabaseHandle): void {
  (globalThis as { __claimdeskDatabase?: Promise<DatabaseHandle> }).__claimdeskDatabase = Promise.resolve(handle);
}
