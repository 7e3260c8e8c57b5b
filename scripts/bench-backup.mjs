// `npm run bench:backup`: times `claimdesk db backup` on the database in DATABASE_URL (seed it first
// with `npm run db:seed:synthetic -- --claims 100000`) and samples the backup process's memory while
// it runs, to show it stays flat whatever the size. With --restore-into URL (an empty database) it
// then times `claimdesk db restore` of the same file into it.
import { spawn } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { "restore-into": { type: "string" } } });
if (!process.env.DATABASE_URL) {
  process.stderr.write("Set DATABASE_URL to the database to back up (seeded with npm run db:seed:synthetic).\n");
  process.exit(2);
}

/**
 * Resident memory of a process now and at its peak, in MB, from /proc (Linux).
 * @param {number | undefined} pid
 */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    /** @param {string} name */
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) / 1024;
    return { rss: field("VmRSS"), peak: field("VmHWM") };
  } catch {
    return null;
  }
}

/** @typedef {{ seconds: number, samples: number[], peak: number, output: string }} Run */

/**
 * Runs the CLI through tsx (as `npx claimdesk` does without a build) and samples its memory.
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @returns {Promise<Run>}
 */
function timed(args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "app/cli/main.ts"), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    /** @type {number[]} */
    const samples = [];
    let peak = 0;
    const sampler = setInterval(() => {
      const memory = memoryOf(child.pid);
      if (!memory) return;
      samples.push(memory.rss);
      peak = Math.max(peak, memory.peak);
    }, 200);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`claimdesk ${args.join(" ")} exited with ${code}\n${output}`));
      else resolve({ seconds, samples, peak, output });
    });
  });
}

/** @param {Run} run */
const describeMemory = ({ samples, peak }) => {
  /** @param {number} q */
  const quarter = (q) => samples[Math.min(samples.length - 1, Math.floor(q * (samples.length - 1)))] ?? 0;
  const points = [0.25, 0.5, 0.75, 1].map((q) => quarter(q).toFixed(0)).join(" / ");
  return `peak RSS ${peak.toFixed(0)} MB; RSS at 25/50/75/100% of the run ${points} MB`;
};

const file = path.join(tmpdir(), `claimdesk-bench-${process.pid}.tar`);
try {
  const backup = await timed(["db", "backup", file], {});
  process.stdout.write(backup.output);
  const size = statSync(file).size / 1024 / 1024;
  process.stdout.write(
    `\nbackup: ${backup.seconds.toFixed(1)} s, file ${size.toFixed(1)} MB; ${describeMemory(backup)}\n`,
  );
  if (values["restore-into"]) {
    const restore = await timed(["db", "restore", file], { DATABASE_URL: values["restore-into"] });
    process.stdout.write(`${restore.output.split("\n").slice(-3).join("\n")}\n`);
    process.stdout.write(`restore: ${restore.seconds.toFixed(1)} s; ${describeMemory(restore)}\n`);
  }
} finally {
  rmSync(file, { force: true });
}
