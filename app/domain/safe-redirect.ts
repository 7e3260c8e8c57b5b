// A placeholder origin: only whether the target stays on it matters, not what it is called.
const OWN_ORIGIN = "http://claimdesk.invalid";

// Browsers drop tabs and newlines from addresses ("/\t/evil.example" becomes "//evil.example", another
// site) and a newline cannot be put in a Location header at all, so a target carrying one, raw or
// percent-encoded, is refused outright; so is a backslash, which browsers read as a slash.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]|%(?:[01][0-9a-f]|7f|5c)/i;

/** Where to send a user after sign-in: the target when it is a path on this site, resolved as a browser
 *  would (WHATWG URL) and written back percent-encoded; otherwise the fallback. */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || CONTROL_OR_BACKSLASH.test(target)) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(target, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (resolved.origin !== OWN_ORIGIN) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
