import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import postgres from "postgres";

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

const CLI = ["build/cli/claimdesk.mjs"];

async function throwawayServerDatabase(serverUrl: string) {
  const name = `claimdesk_e2e_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

function waitForAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`The app did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The app exited with code ${code}:\n${output}`));
    });
  });
}

/** A fresh database for the app: an in-memory PGlite, or — when TEST_DATABASE_URL names a server —
 *  a new database on it, seeded with `db seed --demo`. `extraEnv` adds settings for one test file,
 *  such as FETCH_ALLOW_INTERNAL. */
async function appEnvironment(extraEnv: Record<string, string>) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const database = serverUrl ? await throwawayServerDatabase(serverUrl) : null;
  const env = {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    PGLITE_DIR: "memory://",
    DATABASE_URL: database?.url ?? "",
    ...extraEnv,
  };
  if (database) execFileSync(process.execPath, [...CLI, "db", "seed", "--demo"], { env, stdio: "pipe" });
  return { env, drop: async () => database?.drop() };
}

/** One `serve` process of the production build on a free port. */
async function serve(env: NodeJS.ProcessEnv): Promise<RunningApp> {
  const child = spawn(process.execPath, [...CLI, "serve"], { env, stdio: ["ignore", "pipe", "pipe"] });
  const url = await waitForAddress(child);
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Starts the production build on a free port with a fresh database (see appEnvironment). */
export async function startApp(extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  const { env, drop } = await appEnvironment(extraEnv);
  const server = await serve(env);
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await drop();
    },
  };
}

export interface RunningInstances {
  urls: string[];
  /** The instances' environment, for running the CLI on their database. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** `count` server processes sharing one fresh Postgres database, as instances behind a load balancer
 *  are run (the embedded PGlite belongs to one process, so this needs TEST_DATABASE_URL). */
export async function startInstances(count: number): Promise<RunningInstances> {
  if (!process.env.TEST_DATABASE_URL) throw new Error("Instances share a database only on a Postgres server.");
  const { env, drop } = await appEnvironment({});
  const servers: RunningApp[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await drop();
  };
  try {
    for (let started = 0; started < count; started++) servers.push(await serve(env));
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls: servers.map((server) => server.url), env, stop };
}
