import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../../bin/claimdesk.mjs", import.meta.url));
const article = "“We will reopen the library in June,” said council leader Rita Obi.";

function claimdesk(args: string[], input = "") {
  const run = spawnSync(process.execPath, [bin, "extract", ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("claimdesk extract", () => {
  it("prints the claims of a file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "claimdesk-")), "article.txt");
    writeFileSync(file, article);
    const run = claimdesk([file]);
    expect(run.status).toBe(0);
    const { claims } = JSON.parse(run.stdout);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      kind: "quote",
      text: "We will reopen the library in June,",
      speaker: "Rita Obi",
      value: null,
    });
    expect(article.slice(claims[0].start, claims[0].end)).toBe(claims[0].text);
  }, 60_000);

  it("puts the attribution's evidence beside the contract's keys", () => {
    const run = claimdesk(
      [],
      "Critics say “the library should stay shut.”\n\nRita Obi spoke next. “We reopen in June,” she said.",
    );
    const [critics, obi] = JSON.parse(run.stdout).claims;
    for (const claim of [critics, obi]) {
      for (const key of ["kind", "text", "start", "end", "speaker", "value"]) expect(claim).toHaveProperty(key);
    }
    expect(critics).toMatchObject({ speaker: null, speakerDescription: "Critics", attributionRule: "name-verb-quote" });
    expect(obi).toMatchObject({ speaker: "Rita Obi", attributionRule: "quote-name-verb", confidence: "medium" });
    expect(obi.antecedentEnd - obi.antecedentStart).toBe("Rita Obi".length);
  }, 60_000);

  it("reads the article from stdin when no file is given", () => {
    const run = claimdesk([], article);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).claims[0].speaker).toBe("Rita Obi");
  }, 60_000);

  it("writes one line per JSON Lines article, in order", () => {
    const input = [
      JSON.stringify({ id: "a", text: article }),
      "",
      JSON.stringify({ id: "b", text: "No quotes here." }),
    ].join("\n");
    const run = claimdesk(["--jsonl"], input);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(["a", "b"]);
    expect(lines[0].claims[0].speaker).toBe("Rita Obi");
    expect(lines[1].claims).toEqual([]);
  }, 60_000);

  it("names malformed lines on stderr, goes on with the rest and exits non-zero", () => {
    const input = [
      JSON.stringify({ id: "a", text: article }),
      "{not json",
      JSON.stringify({ id: "c", text: 42 }),
      JSON.stringify({ id: "d", text: "Fine." }),
    ].join("\n");
    const run = claimdesk(["--jsonl"], input);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("line 2: not valid JSON");
    expect(run.stderr).toContain('line 3: "text" must be a string');
    expect(
      run.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).id),
    ).toEqual(["a", "d"]);
  }, 60_000);

  it("refuses a file together with --jsonl", () => {
    const run = claimdesk(["--jsonl", "article.txt"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage");
  }, 60_000);
});
