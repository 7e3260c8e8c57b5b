import { z } from "zod";

/** A list page's search box (?q=): trimmed words, or nothing when empty, too long or not text. */
export const searchBox = z
  .string()
  .trim()
  .max(200)
  .transform((value) => value || undefined)
  .optional()
  .catch(undefined);
