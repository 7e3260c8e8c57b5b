import type { DatabaseHandle } from "../db/database-types";

/** Plain SQL on one connection inside one transaction, the same on PGlite and postgres.js: backup and
 *  restore work on whatever tables the database has, so they speak SQL rather than the Drizzle schema. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** One or more statements without parameters (migration files). */
  exec(text: string): Promise<void>;
}

/** Runs `work` in one transaction (`mode`, e.g. "isolation level repeatable read, read only"),
 *  committed when it returns and rolled back when it throws. */
export async function inTransaction<T>(
  handle: DatabaseHandle,
  mode: string,
  work: (session: SqlSession) => Promise<T>,
): Promise<T> {
  if (handle.kind === "postgres") {
    return (await handle.client.begin(mode, (tx) =>
      work({
        query: async <Row>(text: string, params: unknown[] = []) =>
          (await tx.unsafe(text, params as never[])) as unknown as Row[],
        exec: async (text) => {
          await tx.unsafe(text);
        },
      }),
    )) as T;
  }
  return handle.client.transaction(async (tx) => {
    if (mode) await tx.exec(`set transaction ${mode}`);
    return work({
      query: async <Row>(text: string, params: unknown[] = []) => (await tx.query<Row>(text, params)).rows,
      exec: async (text) => {
        await tx.exec(text);
      },
    });
  });
}
