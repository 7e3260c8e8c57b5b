import { z } from "zod";

/** The largest value of a Postgres integer column, which every id, version and text offset is. A
 *  larger number names no row; sent to the database it would be an error, so it never gets there. */
export const MAX_DATABASE_INTEGER = 2_147_483_647;

/** Whether a value is a number a row's id can be: a whole number from 1 to MAX_DATABASE_INTEGER. */
export const isDatabaseId = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_DATABASE_INTEGER;

/** A row's id as a form, an address or a JSON body gives it; anything else gets `message`. */
export const databaseId = (message: string) =>
  z.coerce.number(message).int(message).positive(message).max(MAX_DATABASE_INTEGER, message);

/** The id of the row a request acts on: not a whole number above 0 gets `message` (422); a number no
 *  row can have is, like any id that is not there, `${what} was not found.` (404). */
export const rowId = (what: string, message: string) =>
  z.coerce
    .number(message)
    .refine((id) => Number.isInteger(id) && id >= 1, { error: message, abort: true })
    .refine((id) => id <= MAX_DATABASE_INTEGER, { error: `${what} was not found.`, params: { status: 404 } });
