// The bare reference server for `npm run bench:load`: node:http and postgres.js, one keyset query for
// the 20 newest published claims with the columns /ledger shows (verdict, claim, speaker, said,
// checked, outlet, summary), escaped into a plain HTML table. No framework, no cache, no sidebar:
// the most a page of the ledger can cost. DATABASE_URL and PORT from the environment.
import { createServer } from "node:http";
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL ?? "", {
  max: 10,
  // So the load bench can tell this server's Postgres backends from the app's.
  connection: { application_name: "bench-bare" },
});

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (/** @type {unknown} */ value) =>
  String(value ?? "").replace(/[&<>"']/g, (character) => ESCAPES[/** @type {keyof typeof ESCAPES} */ (character)]);

async function newestPage() {
  const rows = await sql`
    select c.slug, r.label, r.colour, c.document ->> 'text' as text, c.speaker_name, c.document #>> '{speaker,slug}' as speaker_slug,
           c.said_on::text as said_on, c.published_at, c.outlet, c.document #>> '{verdict,summary}' as summary
    from ledger_claims c join ratings r on r.id = c.rating_id
    order by c.published_at desc, c.claim_id desc
    limit 20`;
  const body = rows
    .map(
      (row) =>
        `<tr><td style="color:${escapeHtml(row.colour)}">${escapeHtml(row.label)}</td>` +
        `<td><a href="/ledger/${escapeHtml(row.slug)}">${escapeHtml(row.text)}</a></td>` +
        `<td><a href="/ledger/speakers/${escapeHtml(row.speaker_slug)}">${escapeHtml(row.speaker_name)}</a></td>` +
        `<td>${escapeHtml(row.said_on)}</td><td>${escapeHtml(row.published_at.toISOString().slice(0, 10))}</td>` +
        `<td>${escapeHtml(row.outlet)}</td><td>${escapeHtml(row.summary)}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ledger</title></head><body>
<table><thead><tr><th>Verdict</th><th>Claim</th><th>Speaker</th><th>Said</th><th>Checked</th><th>Outlet</th><th>Summary</th></tr></thead>
<tbody>
${body}
</tbody></table></body></html>`;
}

const server = createServer((_request, response) => {
  newestPage().then(
    (html) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(html);
    },
    (error) => {
      response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(String(error));
    },
  );
});
server.listen(Number(process.env.PORT ?? 3901), "127.0.0.1", () => {
  process.stdout.write(`bare ledger page on http://127.0.0.1:${process.env.PORT ?? 3901}/\n`);
});
process.on("SIGTERM", () => server.close(() => sql.end({ timeout: 2 }).then(() => process.exit(0))));
