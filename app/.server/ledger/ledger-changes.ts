import type { DatabaseHandle } from "../db/database-types";

/** Sent at the commit of any change to what public ledger pages show (ledger_claims, ledger_entries,
 *  ratings), by statement triggers (migration 0018), whoever made it: this process, another instance
 *  or a script. */
export const LEDGER_CHANNEL = "claimdesk_ledger";

/** Calls `changed` after every such commit, and whenever listening (re)starts, since a notification
 *  may have been missed while the connection was down. Resolves once listening; the result stops it.
 *  PGlite is one process, so its own notifications are all there is to hear. */
export async function onLedgerChange(handle: DatabaseHandle, changed: () => void): Promise<() => Promise<void>> {
  if (handle.kind === "postgres") {
    const { unlisten } = await handle.client.listen(LEDGER_CHANNEL, changed, changed);
    return unlisten;
  }
  return handle.client.listen(LEDGER_CHANNEL, changed);
}
