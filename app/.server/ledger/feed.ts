import { desc } from "drizzle-orm";
import { Feed } from "feed";
import { claimDisplayText } from "~/domain/claim-display";
import { entryDocument } from "~/domain/ledger/chain-verify";
import { publishedClaimWords } from "~/domain/ledger/claim-wording";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import type { Database } from "../db/database-types";
import { ledgerEntries } from "../db/schema/all-tables";
import { renderMarkdown } from "../markdown";
import { claimPageUrl } from "./ledger-export";

// The Atom feed of the latest verdicts and corrections, one entry per ledger-chain entry: each shows
// the document exactly as it was published at that moment, so a correction is its own entry, with
// its note, and the earlier verdict stays in the feed as it was.

export const FEED_SIZE = 50;

// XML 1.0 forbids these characters even escaped; a pasted claim could carry one.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const xmlText = (text: string) => text.replace(NOT_XML, "");

/** Text for an Atom element of type="html" (the feed writer puts it in CDATA, which must not end early). */
function html(markup: string): string {
  return xmlText(markup).replaceAll("]]>", "]]&gt;");
}

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function entryTitle(document: PublishedDocument, kind: string): string {
  const words = claimDisplayText(publishedClaimWords(document));
  const said = document.speaker ? `${document.speaker.name}: ${words}` : words;
  const rating = document.verdict.rating.label;
  return kind === "correction" ? `Correction, now ${rating} — ${said}` : `${rating} — ${said}`;
}

function entryContent(document: PublishedDocument, kind: string): string {
  const { verdict } = document;
  const parts = [`<p><strong>${escapeHtml(verdict.rating.label)}</strong>: ${escapeHtml(verdict.summary)}</p>`];
  if (kind === "correction") {
    const earlier = document.corrections[0];
    if (verdict.correctionNote) parts.push(`<p><strong>Correction:</strong> ${escapeHtml(verdict.correctionNote)}</p>`);
    if (earlier)
      parts.push(`<p>Previously rated ${escapeHtml(earlier.rating.label)}: ${escapeHtml(earlier.summary)}</p>`);
  }
  if (verdict.rationale) parts.push(renderMarkdown(verdict.rationale));
  return parts.join("\n");
}

export interface FeedSettings {
  origin: string;
  newsroomName: string;
}

/** The feed as Atom 1.0 XML, newest entry first. */
export async function ledgerFeed(db: Database, { origin, newsroomName }: FeedSettings): Promise<string> {
  const entries = await db.select().from(ledgerEntries).orderBy(desc(ledgerEntries.id)).limit(FEED_SIZE);
  const newsroom = { name: xmlText(newsroomName), link: origin };
  const feed = new Feed({
    id: `${origin}/ledger`,
    title: xmlText(`${newsroomName}: claims ledger`),
    description: "The latest published verdicts and corrections.",
    link: `${origin}/ledger`,
    feed: `${origin}/ledger/feed.xml`,
    updated: entries[0]?.recordedAt ?? new Date(0),
    author: newsroom,
    generator: false,
  });
  for (const entry of entries) {
    const document = entryDocument(entry);
    if (!document) continue;
    const link = claimPageUrl(origin, document.slug);
    feed.addItem({
      id: `${link}#ledger-entry-${entry.id}`,
      link,
      title: html(escapeHtml(entryTitle(document, entry.kind))),
      content: html(entryContent(document, entry.kind)),
      date: entry.recordedAt,
      published: entry.recordedAt,
      author: [newsroom],
    });
  }
  return feed.atom1();
}
