import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { SqlSession } from "~/.server/backup/sql-session";
import type { DatabaseHandle } from "~/.server/db/database-types";

// Bulk loading for the synthetic seeder: rows streamed with COPY (text format) inside one
// transaction, on Postgres through postgres.js's COPY stream, on PGlite through its /dev/blob.

export type CopyValue = string | number | boolean | Date | null;

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function copyText(value: CopyValue): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return value.replace(/[\\\n\r\t]/g, (character) => ESCAPES[character] ?? character);
}

/** One row in COPY's text format. */
export const copyLine = (values: CopyValue[]) => `${values.map(copyText).join("\t")}\n`;

export interface BulkSession extends SqlSession {
  /** Loads the lines (from copyLine) into the table's columns; returns how many rows went in. */
  copy(table: string, columns: readonly string[], lines: Iterable<string>): Promise<number>;
}

/** Lines joined into chunks of about `size` characters, counting the rows as they pass. */
function* chunks(lines: Iterable<string>, size: number, counter: { rows: number }): Generator<string> {
  let chunk = "";
  for (const line of lines) {
    chunk += line;
    counter.rows++;
    if (chunk.length >= size) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

const copyStatement = (table: string, columns: readonly string[], from: string) =>
  `copy ${table} (${columns.join(", ")}) from ${from}`;

/** Runs `work` in one transaction that can COPY, committed when it returns and rolled back when it throws. */
export async function inBulkTransaction<T>(
  handle: DatabaseHandle,
  work: (session: BulkSession) => Promise<T>,
): Promise<T> {
  if (handle.kind === "postgres") {
    return (await handle.client.begin(async (tx) =>
      work({
        query: async <Row>(text: string, params: unknown[] = []) =>
          (await tx.unsafe(text, params as never[])) as unknown as Row[],
        exec: async (text) => {
          await tx.unsafe(text);
        },
        copy: async (table, columns, lines) => {
          const counter = { rows: 0 };
          // Chunks are made as the connection takes them, so generating rows overlaps Postgres storing them.
          const target = await tx.unsafe(copyStatement(table, columns, "stdin")).writable();
          await pipeline(Readable.from(chunks(lines, 256 * 1024, counter)), target);
          return counter.rows;
        },
      }),
    )) as T;
  }
  return handle.client.transaction(async (tx) =>
    work({
      query: async <Row>(text: string, params: unknown[] = []) => (await tx.query<Row>(text, params)).rows,
      exec: async (text) => {
        await tx.exec(text);
      },
      copy: async (table, columns, lines) => {
        const counter = { rows: 0 };
        for (const chunk of chunks(lines, 16 * 1024 * 1024, counter)) {
          await tx.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([chunk]) });
        }
        return counter.rows;
      },
    }),
  );
}
