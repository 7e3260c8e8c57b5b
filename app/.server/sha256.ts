import { createHash } from "node:crypto";

/** SHA-256 of a text's UTF-8 bytes, as lowercase hex: article fingerprints, token hashes, source
 *  captures, the ledger chain and ETags all use this one form. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
