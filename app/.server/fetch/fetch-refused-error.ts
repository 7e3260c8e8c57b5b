export type FetchRefusalCode =
  | "scheme"
  | "address"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "http-status"
  | "network";

/** Why a server-side fetch was refused or failed, worded for the fact-checker who asked for it. */
export class FetchRefusedError extends Error {
  override readonly name = "FetchRefusedError";

  constructor(
    readonly code: FetchRefusalCode,
    message: string,
    /** The HTTP status, for code "http-status". */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** "5 MB", "64 KB", "100 bytes": sizes as a newsroom user reads them. */
export function describeSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${Number(megabytes.toFixed(1))} MB`;
  const kilobytes = bytes / 1024;
  if (kilobytes >= 1) return `${Number(kilobytes.toFixed(1))} KB`;
  return bytes === 1 ? "1 byte" : `${bytes} bytes`;
}

export function describeDuration(milliseconds: number): string {
  const seconds = Number((milliseconds / 1000).toFixed(3));
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}
