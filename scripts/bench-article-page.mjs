// `npm run bench:article-page`: how the article page holds up on a big article. Starts the production build
// (run `npm run build` first) on an in-memory database with the demo users, adds an invented article with
// about 2,000 candidates (`--candidates N`), then prints the page's HTML size and, in Chromium, how long
// selecting a claim takes (a click on a highlight until the claim card shows it; `j` until the next one
// is selected), as medians. Targets (issue 13): HTML under 1.5 MB, selection under 100 ms.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

const candidatesWanted = Number(process.argv[process.argv.indexOf("--candidates") + 1]) || 2000;
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ROUNDS = 15;

if (!existsSync("build/cli/claimdesk.mjs")) {
  console.error("Build the app first: npm run build");
  process.exit(1);
}

const NAMES = ["Ada Okonkwo", "Bram Varga", "Celia Lindqvist", "Dmitri Moreau", "Esme Tanaka", "Farid Quist"];
const TOPICS = ["ferry crossings", "school meals", "tram stops", "flood barriers", "night buses", "clinic beds"];

/** Paragraphs of one quote with a figure in it, said by a named person: two candidates each.
 *  @param {number} candidates */
function article(candidates) {
  const paragraphs = [];
  for (let i = 0; paragraphs.length * 2 < candidates; i++) {
    const name = NAMES[i % NAMES.length];
    const topic = TOPICS[(i * 7) % TOPICS.length];
    paragraphs.push(`“We will add ${100 + i} ${topic} before the winter,” ${name} said.`);
  }
  return paragraphs.join("\n\n");
}

/** @returns {Promise<{ url: string; child: import("node:child_process").ChildProcess }>} */
function start() {
  const child = spawn(process.execPath, ["build/cli/claimdesk.mjs", "serve"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", PGLITE_DIR: "memory://", DATABASE_URL: "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`The app exited with ${code}:\n${output}`)));
  });
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const { url, child } = await start();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
});
try {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill("checker@example.com");
  await page.getByLabel("Password").fill("claimdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((address) => !address.pathname.startsWith("/login"));

  await page.goto("/articles/new");
  await page.getByLabel("Title").first().fill("Bench: a very long council meeting");
  await page.getByLabel("Article text").fill(article(candidatesWanted));
  const added = Date.now();
  await page.getByRole("button", { name: "Add article" }).click();
  await page.waitForURL(/\/articles\/\d+$/, { timeout: 120_000 });
  console.log(`article saved and shown in ${Date.now() - added} ms`);
  const path = new URL(page.url()).pathname;

  const cookies = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  const html = await (await fetch(`${url}${path}`, { headers: { Cookie: cookies } })).text();
  const candidates = await page
    .locator("#article-text a[data-claim]")
    .evaluateAll((links) => new Set(links.map((link) => link.getAttribute("data-claim"))).size);
  console.log(`candidates on the page: ${candidates}`);
  console.log(`HTML: ${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB (target under 1.5 MB)`);

  await page.waitForLoadState("networkidle");
  const highlights = page.locator("#article-text a[data-claim]");
  const total = await highlights.count();
  // Timed inside the page, from the click or key press until the selection is drawn, so the figures are
  // the page's own work and not the test driver's round trips.
  const clicks = [];
  for (let round = 0; round < ROUNDS; round++) {
    const link = highlights.nth(Math.floor(((round + 1) * total) / (ROUNDS + 2)));
    await link.scrollIntoViewIfNeeded();
    clicks.push(
      await link.evaluate(
        (element) =>
          new Promise((resolve) => {
            const id = element.getAttribute("data-claim");
            const began = performance.now();
            /** @type {HTMLElement} */ (element).click();
            const drawn = () =>
              document.querySelector(`#claim-${id} a[aria-current="true"]`)
                ? resolve(performance.now() - began)
                : requestAnimationFrame(drawn);
            drawn();
          }),
      ),
    );
  }
  const presses = [];
  for (let round = 0; round < ROUNDS; round++) {
    presses.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const before = new URL(window.location.href).searchParams.get("claim");
            const began = performance.now();
            window.dispatchEvent(new KeyboardEvent("keydown", { key: "j" }));
            const drawn = () => {
              const current = document.querySelector("#article-text a.hl-selected");
              return current && current.getAttribute("data-claim") !== before
                ? resolve(performance.now() - began)
                : requestAnimationFrame(drawn);
            };
            drawn();
          }),
      ),
    );
  }
  console.log(`select by click: median ${median(clicks).toFixed(0)} ms, worst ${Math.max(...clicks).toFixed(0)} ms`);
  console.log(`select by j: median ${median(presses).toFixed(0)} ms, worst ${Math.max(...presses).toFixed(0)} ms`);
  console.log("(target: selection under 100 ms)");
} finally {
  await browser.close();
  child.kill("SIGTERM");
}
