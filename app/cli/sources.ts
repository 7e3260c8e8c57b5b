import { parseArgs } from "node:util";
import { recheckSources, type SourceCheck, type SourceCheckStatus } from "~/.server/review/source-recheck";
import { exitStatusOf, usageError } from "./command-outcome";
import { withDatabase } from "./database-from-config";

const USAGE = `Usage: claimdesk sources recheck [--claim ID]

Fetches again the sources of every claim with a published verdict (with --claim, of that one claim,
published or not) and compares each page's text with the copy captured when the source was added.
Sources never captured are captured now. Prints one line per source, then a summary.

Exit status, for cron: 0 when no source changed or is gone; 1 when at least one did (so the output
gets mailed); 2 for wrong usage or an unknown claim.`;

const SUMMARY_LABELS: Record<SourceCheckStatus, string> = {
  unchanged: "unchanged",
  changed: "changed",
  gone: "gone",
  captured: "captured for the first time",
  not_captured: "could not be captured",
};

export async function runSources(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = action === "recheck" ? recheckOptions(rest) : null;
  if (!options) return usageError(USAGE);
  return exitStatusOf(async () => {
    const report = await withDatabase((handle) => recheckSources(handle.db, options));
    for (const check of report) process.stdout.write(`${describeCheck(check)}\n`);
    process.stdout.write(`${summary(report)}\n`);
    return report.some((check) => check.status === "changed" || check.status === "gone") ? 1 : 0;
  }, 2);
}

/** The options of `sources recheck`, or null when they are not understood. */
function recheckOptions(args: string[]): { claimId?: number } | null {
  try {
    const { values } = parseArgs({ args, options: { claim: { type: "string" } } });
    if (values.claim === undefined) return {};
    return /^[1-9]\d{0,8}$/.test(values.claim) ? { claimId: Number(values.claim) } : null;
  } catch {
    return null;
  }
}

function describeCheck(check: SourceCheck): string {
  const line = `${check.status.padEnd(12)} claim ${check.claimId}  source ${check.id}  ${check.url}`;
  return check.note ? `${line}  ${check.note}` : line;
}

function summary(report: SourceCheck[]): string {
  if (report.length === 0) return "No sources to check.";
  const claimCount = new Set(report.map((check) => check.claimId)).size;
  const counts = (Object.keys(SUMMARY_LABELS) as SourceCheckStatus[])
    .map((status) => [status, report.filter((check) => check.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${SUMMARY_LABELS[status]}`);
  const sourcesWord = report.length === 1 ? "source" : "sources";
  const claimsWord = claimCount === 1 ? "claim" : "claims";
  return `Checked ${report.length} ${sourcesWord} of ${claimCount} ${claimsWord}: ${counts.join(", ")}.`;
}
