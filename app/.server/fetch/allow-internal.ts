const HOST_PORT = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+):(\d{1,5})$/i;

/**
 * Canonical "host:port" for an allow-list entry, so "LOCALHOST:08080" and "localhost:8080" match alike.
 * Throws when the entry is not a host followed by an explicit port.
 */
export function normaliseHostPort(entry: string): string {
  const match = HOST_PORT.exec(entry.trim());
  const port = Number(match?.[2]);
  if (!match?.[1] || !(port >= 1 && port <= 65_535)) {
    throw new Error(
      `"${entry}" is not a valid internal address: expected host:port, for example archive.internal:8080.`,
    );
  }
  return `${new URL(`http://${match[1]}`).hostname}:${port}`;
}

/** Parses the comma-separated allow-list setting of internal host:port pairs that may be fetched. */
export function parseAllowInternal(env: string | undefined): string[] {
  return (env ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map(normaliseHostPort);
}

/** FETCH_ALLOW_INTERNAL's allow-list, read when a fetch is made rather than when a module loads, so
 *  it never depends on import order (readConfig rejects a malformed value at start-up). */
export function configuredAllowInternal(): string[] {
  return parseAllowInternal(process.env.FETCH_ALLOW_INTERNAL);
}

/** The allow-list key of a URL: its canonical hostname and effective port. */
export function hostPortOf(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname}:${port}`;
}
