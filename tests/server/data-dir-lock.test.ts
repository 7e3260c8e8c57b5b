import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirectoryBusyError, lockDataDirectory } from "~/.server/db/data-dir-lock";

const folders: string[] = [];
function freshFolder() {
  const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-lock-"));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function runCli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["bin/claimdesk.mjs", ...args], {
      env: { ...process.env, ...env, DATABASE_URL: "" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdin.end("a password long enough\n");
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("the embedded database folder", () => {
  it("is held by one process at a time", () => {
    const folder = freshFolder();
    const release = lockDataDirectory(folder);
    writeFileSync(path.join(folder, "claimdesk.pid"), String(process.ppid));
    expect(() => lockDataDirectory(folder)).toThrow(DataDirectoryBusyError);
    release();
    expect(() => lockDataDirectory(folder)()).not.toThrow();
  });

  it("is taken over when the process that held it has died", () => {
    const folder = freshFolder();
    writeFileSync(path.join(folder, "claimdesk.pid"), "999999999");
    const release = lockDataDirectory(folder);
    expect(readFileSync(path.join(folder, "claimdesk.pid"), "utf8")).toBe(String(process.pid));
    release();
  });

  it("makes the CLI refuse, with a clear message, while a server holds it", async () => {
    const folder = freshFolder();
    const release = lockDataDirectory(folder);
    try {
      const result = await runCli(
        ["user", "create", "--email", "first@paper.test", "--name", "First", "--role", "admin"],
        { PGLITE_DIR: folder },
      );
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`in use by another Claimdesk process (pid ${process.pid})`);
    } finally {
      release();
    }
  });

  it("lets the CLI create the first admin when nothing else holds it", async () => {
    const folder = freshFolder();
    const result = await runCli(
      ["user", "create", "--email", "first@paper.test", "--name", "First", "--role", "admin"],
      { PGLITE_DIR: folder },
    );
    expect(result).toMatchObject({ code: 0 });
  });
});
