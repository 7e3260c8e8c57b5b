import { describe, expect, it } from "vitest";
import { claimReview, jsonLdScript, partyFor } from "~/domain/ledger/claim-review";
import { type PublishedDocument, publishedRating, type ScaleRating } from "~/domain/ledger/published-document";

const scale: ScaleRating[] = [
  { id: 1, label: "True", colour: "#1a7f37", position: 1, scored: true },
  { id: 2, label: "Half true", colour: "#a16207", position: 2, scored: true },
  { id: 3, label: "False", colour: "#7f1d1d", position: 3, scored: true },
  { id: 4, label: "Unproven", colour: "#4b5563", position: 4, scored: false },
];

function documentWith(ratingId: number, changes: Partial<PublishedDocument> = {}): PublishedDocument {
  const rating = publishedRating(scale.find((each) => each.id === ratingId) as ScaleRating, scale);
  return {
    claimId: 7,
    slug: "7-bridges-are-safe",
    text: "Bridges are safe",
    kind: "quote",
    context: { sentence: null, paragraph: null },
    speaker: { name: "Mara Quill", slug: "3-mara-quill", title: null },
    article: {
      title: "Roads debate",
      url: "https://news.example/roads",
      outlet: "County Courier",
      publishedOn: "2025-02-10",
    },
    verdict: {
      number: 1,
      rating,
      summary: "Eleven failed.",
      rationale: "",
      publishedAt: "2025-02-14T09:30:00.000Z",
      correctionNote: null,
    },
    corrections: [],
    sources: [],
    figures: null,
    repeats: { count: 0, appearances: [] },
    dates: {
      said: "2025-02-10",
      checked: "2025-02-13T12:00:00.000Z",
      published: "2025-02-14T09:30:00.000Z",
      updated: "2025-02-20T08:00:00.000Z",
    },
    ...changes,
  };
}

const context = {
  pageUrl: "https://claims.example/ledger/7-bridges-are-safe",
  newsroom: { name: "The Courier Desk", url: "https://claims.example" },
};

describe("ClaimReview", () => {
  it("maps a published claim to every property Google's fact-check markup asks for", () => {
    expect(claimReview(documentWith(3), context)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: context.pageUrl,
      claimReviewed: "Bridges are safe",
      datePublished: "2025-02-14",
      dateModified: "2025-02-20",
      author: { "@type": "Organization", name: "The Courier Desk", url: "https://claims.example" },
      reviewRating: {
        "@type": "Rating",
        name: "False",
        alternateName: "False",
        ratingValue: 1,
        bestRating: 3,
        worstRating: 1,
      },
      reviewBody: "Eleven failed.",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Mara Quill" },
        datePublished: "2025-02-10",
        appearance: {
          "@type": "CreativeWork",
          url: "https://news.example/roads",
          headline: "Roads debate",
          publisher: { "@type": "Organization", name: "County Courier" },
        },
      },
    });
  });

  it("scores the scale from best to worst and gives no number to a rating outside it", () => {
    const values = [1, 2, 3].map((id) => claimReview(documentWith(id), context).reviewRating.ratingValue);
    expect(values).toEqual([3, 2, 1]);
    const unproven = claimReview(documentWith(4), context).reviewRating;
    expect(unproven).toEqual({ "@type": "Rating", name: "Unproven", alternateName: "Unproven" });
  });

  it("names an organisation as one, and falls back to the outlet when nobody is credited", () => {
    expect(partyFor("Ministry of Finance")).toEqual({ "@type": "Organization", name: "Ministry of Finance" });
    expect(partyFor("Laura Benn")).toEqual({ "@type": "Person", name: "Laura Benn" });
    expect(claimReview(documentWith(1, { speaker: null }), context).itemReviewed.author).toEqual({
      "@type": "Organization",
      name: "County Courier",
    });
  });

  it("is written so no claim text can close the script element", () => {
    const script = jsonLdScript(claimReview(documentWith(1, { text: "</script><script>alert(1)</script>" }), context));
    expect(script).not.toContain("</script");
    expect(JSON.parse(script).claimReviewed).toBe("</script><script>alert(1)</script>");
  });
});
