import { claimReview, type Newsroom } from "~/domain/ledger/claim-review";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import { readConfig } from "../config";
import { claimPageUrl } from "./ledger-export";

// A claim's ClaimReview as every public page and output gives it: the newsroom from settings, the
// claim's page at the address readers reach the ledger at.

export function publicNewsroom(origin: string): Newsroom {
  return { name: readConfig().NEWSROOM_NAME, url: origin };
}

export function publicClaimReview(claim: { document: PublishedDocument; slug: string }, origin: string) {
  const pageUrl = claimPageUrl(origin, claim.slug);
  const newsroom = publicNewsroom(origin);
  return { pageUrl, newsroom, claimReview: claimReview(claim.document, { pageUrl, newsroom }) };
}
