import { and, asc, between, desc, eq, gt, max, sql } from "drizzle-orm";
import { notFound } from "~/domain/errors";
import { idSlug } from "~/domain/ledger/slug";
import type { Database } from "../db/database-types";
import { ledgerClaims, ledgerTallies } from "../db/schema/all-tables";
import { claimPageUrl } from "./ledger-export";

// /sitemap.xml for search engines: an index of parts, each at most the protocol's 50,000 addresses.
// A part is a fixed range of ids (claims 1–50,000, 50,001–100,000, …), read along the primary key,
// so neither the index nor a part ever counts or skips through a million rows; a range with gaps
// simply lists fewer addresses.

export const SITEMAP_PART_SIZE = 50_000;

export const speakerPageUrl = (origin: string, slug: string) => `${origin}/ledger/speakers/${slug}`;

const escapeXml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const PART_NAME = /^(pages|claims-([1-9]\d{0,6})|speakers-([1-9]\d{0,6}))\.xml$/;

type SitemapPart = { kind: "pages" } | { kind: "claims" | "speakers"; number: number };

interface SitemapUrl {
  loc: string;
  lastmod: Date | null;
}

/** The part a /sitemap/<name> address names, or a 404 for any other name. */
export function parseSitemapPart(name: string): SitemapPart {
  const match = PART_NAME.exec(name);
  if (!match) throw notFound("That sitemap part");
  if (match[1] === "pages") return { kind: "pages" };
  return match[2] ? { kind: "claims", number: Number(match[2]) } : { kind: "speakers", number: Number(match[3]) };
}

const partCount = (highestId: number | null) => Math.ceil((highestId ?? 0) / SITEMAP_PART_SIZE);

function idRange(number: number): [number, number] {
  return [(number - 1) * SITEMAP_PART_SIZE + 1, number * SITEMAP_PART_SIZE];
}

function lastmod(date: Date | null): string {
  return date ? `<lastmod>${date.toISOString()}</lastmod>` : "";
}

/** The sitemap index: the fixed pages, then one part per range of claim and of speaker ids. */
export async function sitemapIndex(db: Database, origin: string): Promise<string> {
  const [[claims], [speakers]] = await Promise.all([
    db.select({ highest: max(ledgerClaims.claimId), latest: max(ledgerClaims.publishedAt) }).from(ledgerClaims),
    db
      .select({ highest: max(ledgerTallies.speakerId) })
      .from(ledgerTallies)
      .where(gt(ledgerTallies.claims, 0)),
  ]);
  const latest = claims?.latest ?? null;
  const names = [
    "pages.xml",
    ...Array.from({ length: partCount(claims?.highest ?? null) }, (_, index) => `claims-${index + 1}.xml`),
    ...Array.from({ length: partCount(speakers?.highest ?? null) }, (_, index) => `speakers-${index + 1}.xml`),
  ];
  const entries = names.map(
    (name) => `<sitemap><loc>${escapeXml(`${origin}/sitemap/${name}`)}</loc>${lastmod(latest)}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

/** One part of the sitemap: its addresses, with when each last changed. */
export async function sitemapPart(db: Database, origin: string, part: SitemapPart): Promise<string> {
  const urls = await sitemapUrls(db, origin, part);
  const entries = urls.map(({ loc, lastmod: date }) => `<url><loc>${escapeXml(loc)}</loc>${lastmod(date)}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>\n`;
}

async function sitemapUrls(db: Database, origin: string, part: SitemapPart): Promise<SitemapUrl[]> {
  if (part.kind === "pages") {
    const [latest] = await db.select({ at: max(ledgerClaims.publishedAt) }).from(ledgerClaims);
    return [
      { loc: `${origin}/ledger`, lastmod: latest?.at ?? null },
      { loc: `${origin}/ledger/about`, lastmod: null },
    ];
  }
  const [from, to] = idRange(part.number);
  if (part.kind === "claims") {
    const rows = await db
      .select({ slug: ledgerClaims.slug, publishedAt: ledgerClaims.publishedAt })
      .from(ledgerClaims)
      .where(between(ledgerClaims.claimId, from, to))
      .orderBy(asc(ledgerClaims.claimId));
    return rows.map((row) => ({ loc: claimPageUrl(origin, row.slug), lastmod: row.publishedAt }));
  }
  // Speakers with a published claim; the name (for the address's words) and date as last published,
  // each one probe of the speaker index.
  const speakers = db
    .selectDistinct({ speakerId: ledgerTallies.speakerId })
    .from(ledgerTallies)
    .where(and(between(ledgerTallies.speakerId, from, to), gt(ledgerTallies.claims, 0)))
    .as("speakers");
  const latest = db
    .select({ name: ledgerClaims.speakerName, publishedAt: ledgerClaims.publishedAt })
    .from(ledgerClaims)
    // Spelt out: drizzle would write the outer column unqualified, which here means ledger_claims'.
    .where(eq(ledgerClaims.speakerId, sql`"speakers"."speaker_id"`))
    .orderBy(desc(ledgerClaims.publishedAt), desc(ledgerClaims.claimId))
    .limit(1)
    .as("latest");
  const rows = await db
    .select({ speakerId: speakers.speakerId, name: latest.name, publishedAt: latest.publishedAt })
    .from(speakers)
    .innerJoinLateral(latest, sql`true`)
    .orderBy(asc(speakers.speakerId));
  return rows.flatMap((row) =>
    row.speakerId !== null && row.name
      ? [{ loc: speakerPageUrl(origin, idSlug(row.speakerId, row.name)), lastmod: row.publishedAt }]
      : [],
  );
}
