// `claimdesk extract [FILE]`: prints {"claims":[…]} for one article read from FILE or stdin.
// `claimdesk extract --jsonl`: reads {"id","text"} lines on stdin and writes one {"id","claims":[…]}
// line per article as it goes, so memory stays flat however many articles come through. A malformed
// line is reported on stderr with its line number and skipped; the exit status is then 1.
// Each claim carries every field of ExtractedClaim: the benchmark contract's keys (kind, text, start, end,
// speaker, value) and, beside them, the attribution's evidence (attributionRule, confidence,
// speakerDescription, speakerStart/End, cueStart/End, antecedentStart/End), which scorers ignore.

import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { extractClaims } from "~/domain/extraction";

const USAGE = "usage: claimdesk extract [FILE]   or   claimdesk extract --jsonl < articles.jsonl";

async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function write(output: Writable, line: string): Promise<void> {
  if (!output.write(line)) await once(output, "drain");
}

/** Parses one input line into an article, or explains what is wrong with it. */
function parseArticle(line: string): { id: string; text: string } | string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (typeof row !== "object" || row === null || Array.isArray(row)) return "expected an object with id and text";
  const { id, text } = row as Record<string, unknown>;
  if (typeof id !== "string") return '"id" must be a string';
  if (typeof text !== "string") return '"text" must be a string';
  return { id, text };
}

async function extractJsonl(input: Readable, output: Writable, errors: Writable): Promise<number> {
  let lineNumber = 0;
  let failed = false;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (!line.trim()) continue;
    const article = parseArticle(line);
    if (typeof article === "string") {
      errors.write(`claimdesk extract: line ${lineNumber}: ${article}\n`);
      failed = true;
      continue;
    }
    await write(output, `${JSON.stringify({ id: article.id, claims: extractClaims(article.text) })}\n`);
  }
  return failed ? 1 : 0;
}

export async function runExtract(args: string[]): Promise<number> {
  const jsonl = args.includes("--jsonl");
  const files = args.filter((arg) => arg !== "--jsonl");
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (files.length > 1 || (jsonl && files.length > 0) || files.some((file) => file.startsWith("-"))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (jsonl) return extractJsonl(process.stdin, process.stdout, process.stderr);
  const [file] = files;
  const text = file ? await readFile(file, "utf8") : await readAll(process.stdin);
  await write(process.stdout, `${JSON.stringify({ claims: extractClaims(text) })}\n`);
  return 0;
}
