import { parseArgs } from "node:util";
import { verifyLedger, verifyPublishedChain } from "~/.server/ledger/verify-ledger";
import { describeReport } from "~/domain/ledger/chain-verify";
import { withDatabase } from "./database-from-config";

const USAGE = `Usage: claimdesk ledger verify [URL] [--head HASH]

Recomputes the ledger's hash chain from the first entry and prints one line: OK with the number of
entries and the head hash (keep it), or the first entry that does not match and why.

Without URL it checks the configured database: the chain, and that every published claim's public
page and its published verdict and sources still say what the claim's latest entry recorded.
With URL (e.g. https://claims.example.org) it reads URL/ledger/chain.json as any reader can.
--head HASH: a head hash you kept earlier; it must still be in the chain.

Exit status: 0 OK, 1 mismatch, 2 wrong usage.`;

export async function runLedger(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = verifyOptions(args);
  if (!options) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const report = options.url
    ? await verifyPublishedChain(options.url, { keptHead: options.head })
    : await withDatabase((handle) => verifyLedger(handle.db, { keptHead: options.head }));
  process.stdout.write(`${describeReport(report)}\n`);
  return report.ok ? 0 : 1;
}

/** The options of `ledger verify`, or null when they are not understood. */
function verifyOptions(args: string[]): { url: string | null; head: string | null } | null {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { head: { type: "string" } },
    });
    const [action, url, ...extra] = positionals;
    if (action !== "verify" || extra.length > 0) return null;
    if (values.head !== undefined && !/^[0-9a-f]{64}$/.test(values.head)) return null;
    if (url !== undefined && !/^https?:\/\//.test(url)) return null;
    return { url: url ?? null, head: values.head ?? null };
  } catch {
    return null;
  }
}
