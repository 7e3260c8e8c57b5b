/** Only paths on this site: "//evil.example" and "https://…" would send a user elsewhere after sign-in. */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, fallback = "/articles"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return fallback;
  }
  return target;
}
