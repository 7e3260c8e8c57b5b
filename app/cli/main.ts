// `claimdesk <command>`: each command lives in its own module, loaded only when asked for,
// so `claimdesk extract` never loads the database drivers.
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: {
    summary: "serve [--dev]   start the web app (PORT, DATABASE_URL or PGLITE_DIR from the environment)",
    load: async () => (await import("./serve")).runServe,
  },
  db: {
    summary:
      "db migrate | db seed --demo | db backup FILE | db restore FILE | db move --to URL   apply migrations; add the demo data; back up, restore, move to Postgres (docs/operations.md)",
    load: async () => (await import("./db")).runDb,
  },
  user: {
    summary: "user create --email E --name N --role R   create a user (password on stdin or generated)",
    load: async () => (await import("./user")).runUser,
  },
  token: {
    summary: "token create --email E [--name LABEL]   print a new API token for that user",
    load: async () => (await import("./token")).runToken,
  },
  extract: {
    summary: "extract [FILE] | extract --jsonl   find quotes and numeric claims in article text",
    load: async () => (await import("./extract")).runExtract,
  },
  "seed-synthetic": {
    summary: "seed-synthetic --claims N [--seed S]   add N invented published claims (load tests)",
    load: async () => (await import("./seed-synthetic")).runSeedSynthetic,
  },
  sources: {
    summary: "sources recheck [--claim ID]   re-fetch published claims' sources; flag changed or gone pages",
    load: async () => (await import("./sources")).runSources,
  },
  ledger: {
    summary: "ledger verify [URL] [--head HASH]   recompute the ledger's hash chain; OK or the first bad entry",
    load: async () => (await import("./ledger")).runLedger,
  },
};

function usage(): string {
  return [
    "Usage: claimdesk <command> [options]",
    "",
    ...Object.values(commands).map((c) => `  claimdesk ${c.summary}`),
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`claimdesk: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  return (await command.load())(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claimdesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
