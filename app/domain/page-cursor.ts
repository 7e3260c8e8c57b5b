import { invalid } from "./errors";

// Lists are cut by keyset, not OFFSET: a page link carries the sort key of the last row shown, as
// base64url JSON. Opaque to readers, and checked by each list when read back.

/** The refusal for a page link that was tampered with or belongs to another list. */
export const staleCursor = () =>
  invalid("This page link is not valid any more. Start again from the first page.", { cursor: "Unknown page." });

/** A sort key as a page link. Keys hold ASCII only (digits, times, sort names): btoa needs no UTF-8 step. */
export function encodePageKey(key: readonly (string | number)[]): string {
  return btoa(JSON.stringify(key)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The key of a page link, as an array of the given length; anything else is a stale link. */
export function decodePageKey(text: string, length: number): unknown[] {
  let key: unknown;
  try {
    key = JSON.parse(atob(text.replaceAll("-", "+").replaceAll("_", "/")));
  } catch {
    throw staleCursor();
  }
  if (!Array.isArray(key) || key.length !== length) throw staleCursor();
  return key;
}
