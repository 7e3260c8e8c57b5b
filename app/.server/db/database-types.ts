import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import type * as schema from "./schema/all-tables";

/** A Drizzle database or transaction on either driver (PGlite or postgres.js). Data functions take
 *  one as their first argument so that tests can pass a throwaway database and calls can share a transaction. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = "pglite" | "postgres";

interface HandleBase {
  db: Database;
  /** Where the data lives, for messages: a folder, "memory://" or the server URL without password. */
  location: string;
  close(): Promise<void>;
}

export type DatabaseHandle =
  | (HandleBase & { kind: "postgres"; client: Sql })
  | (HandleBase & { kind: "pglite"; client: PGlite });
