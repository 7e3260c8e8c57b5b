import { z } from "zod";
import { MAX_DATABASE_INTEGER, rowId } from "./database-id";

const RELOAD = "Reload the page and try again.";

/** A number a form carries in a hidden field (a version): when it is not one, the page the user has
 *  is stale or was tampered with, and reloading it is the fix. */
export const hiddenNumber = z.coerce.number(RELOAD).int(RELOAD).positive(RELOAD).max(MAX_DATABASE_INTEGER, RELOAD);

/** The id of the row a form acts on (a rating, a source, a claim in a list), in a hidden field. */
export const hiddenId = (what: string) => rowId(what, RELOAD);
