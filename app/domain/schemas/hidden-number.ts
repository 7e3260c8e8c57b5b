import { z } from "zod";

const RELOAD = "Reload the page and try again.";

/** A number a form carries in a hidden field (an id, a version): when it is not one, the page the
 *  user has is stale or was tampered with, and reloading it is the fix. */
export const hiddenNumber = z.coerce.number(RELOAD).int(RELOAD).positive(RELOAD);
