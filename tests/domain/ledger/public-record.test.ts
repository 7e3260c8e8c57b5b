import { describe, expect, it } from "vitest";
import {
  canonicalPublicRecord,
  changedParts,
  describeParts,
  outdatedApprovalMessage,
  outdatedParts,
  type PublicRecord,
  publicRecordOf,
} from "~/domain/ledger/public-record";
import { type PublishedClaimFacts, type ScaleRating, shapePublishedDocument } from "~/domain/ledger/published-document";

const scale: ScaleRating[] = [
  { id: 1, label: "True", colour: "#1a7f37", position: 1, scored: true },
  { id: 3, label: "False", colour: "#7f1d1d", position: 2, scored: true },
];

const BODY = "Opening words.\n\n“Bridges are safe,” Mara Quill said on Monday.\n\nClosing words.";
const START = BODY.indexOf("Bridges");
const END = BODY.indexOf(",”");

/** The facts of a claim with one verdict version, published at `publishedAt` (as the approving editor's
 *  preview builds it, or as publication does later). */
function facts(changes: { publishedAt?: Date; approvedAt?: Date } = {}): PublishedClaimFacts {
  return {
    claim: {
      id: 7,
      text: "Bridges are safe",
      kind: "quote",
      sentence: "“Bridges are safe,” Mara Quill said on Monday.",
      startOffset: START,
      endOffset: END,
      anchorLost: false,
      value: null,
      unit: null,
      speakerTitle: "Roads minister",
      referenceValue: null,
      referenceUnit: null,
      referenceAsOf: null,
      firstPublishedAt: null,
      slug: null,
    },
    speaker: { id: 3, name: "Mara Quill" },
    article: {
      title: "Roads debate",
      url: "https://news.example/roads",
      outlet: "County Courier",
      publishedOn: "2025-02-10",
      body: BODY,
    },
    publishedVerdicts: [
      {
        id: 11,
        number: 1,
        ratingId: 3,
        summary: "Eleven bridges failed inspection.",
        rationale: "The **register** lists them.",
        approvedAt: changes.approvedAt ?? new Date("2025-02-13T10:00:00Z"),
        publishedAt: changes.publishedAt ?? new Date("2025-02-13T10:00:00Z"),
        correctionNote: null,
      },
    ],
    currentVerdictId: 11,
    scale,
    sources: [
      {
        url: "https://data.example/register",
        title: "Bridge register",
        publisher: "Roads office",
        kind: "official_data",
        passage: "Eleven structures failed.",
        accessedOn: "2025-02-12",
        archiveUrl: null,
        capturedAt: "2025-02-12T08:00:00.000Z",
        capturedSha256: "a".repeat(64),
      },
    ],
    referenceSource: null,
    repeats: { count: 0, appearances: [] },
  };
}

const recordOf = (input: PublishedClaimFacts) => publicRecordOf(shapePublishedDocument(input));
const approved = recordOf(facts());

describe("a claim's public record", () => {
  it("is the same at approval and at publication: dates, scale labels and other appearances are not part of it", () => {
    const later = facts({
      publishedAt: new Date("2025-03-01T12:00:00Z"),
      approvedAt: new Date("2025-02-20T09:00:00Z"),
    });
    later.scale = scale.map((rating) => (rating.id === 3 ? { ...rating, label: "Wrong", colour: "#990000" } : rating));
    later.repeats = {
      count: 1,
      appearances: [
        {
          saidOn: "2025-02-20",
          speakerName: "Mara Quill",
          outlet: "Other Paper",
          articleTitle: "Again",
          articleUrl: null,
          slug: "9-bridges",
        },
      ],
    };
    const first = later.sources[0];
    if (first) later.sources = [{ ...first, capturedAt: "2025-02-28T08:00:00.000Z" }];
    expect(canonicalPublicRecord(recordOf(later))).toBe(canonicalPublicRecord(approved));
  });

  it("holds what readers see of the claim: words, speaker, article, paragraph, verdict and sources", () => {
    expect(approved).toMatchObject({
      text: "Bridges are safe",
      speaker: { name: "Mara Quill", slug: "3-mara-quill" },
      speakerTitle: "Roads minister",
      articleTitle: "Roads debate",
      outlet: "County Courier",
      saidOn: "2025-02-10",
      paragraph: { claim: "Bridges are safe" },
      ratingId: 3,
      summary: "Eleven bridges failed inspection.",
      sources: [{ title: "Bridge register", capturedSha256: "a".repeat(64) }],
    });
    expect(approved.sources[0]).not.toHaveProperty("capturedAt");
  });

  it("names each part that changed, in the newsroom's words", () => {
    const edited = facts();
    edited.speaker = { id: 4, name: "Mara Quill" };
    edited.article = {
      ...edited.article,
      title: "Roads debate, updated",
      body: BODY.replace("on Monday", "on Tuesday"),
    };
    const source = edited.sources[0];
    if (source) edited.sources = [{ ...source, title: "Register of bridges" }];
    const changed = changedParts(approved, recordOf(edited));
    expect(changed).toEqual(["speaker", "articleTitle", "paragraph", "sources"]);
    expect(describeParts(changed)).toBe("the speaker, the article's title, the context paragraph and the sources");
  });

  it("tells a swapped rating from a renamed one", () => {
    const swapped = facts();
    const verdict = swapped.publishedVerdicts[0];
    if (verdict) swapped.publishedVerdicts = [{ ...verdict, ratingId: 1 }];
    expect(changedParts(approved, recordOf(swapped))).toEqual(["ratingId"]);
  });

  it("names a part an older stored record did not have as changed", () => {
    const { figures: _figures, ...older } = approved;
    expect(changedParts(older, approved)).toEqual(["figures"]);
  });

  it("hashes the same record to the same text whatever the order of its keys", () => {
    const reordered = Object.fromEntries(Object.entries(approved).reverse()) as PublicRecord;
    expect(canonicalPublicRecord(reordered)).toBe(canonicalPublicRecord(approved));
  });
});

describe("an approval against the current record", () => {
  const current = { record: approved, sha256: "b".repeat(64) };

  it("covers it while the hash is the same", () => {
    expect(outdatedParts({ approvedRecord: approved, approvedRecordSha256: "b".repeat(64) }, current)).toBeNull();
  });

  it("names what changed when the hash differs", () => {
    const before = { ...approved, outlet: "Other Courier" };
    expect(outdatedParts({ approvedRecord: before, approvedRecordSha256: "c".repeat(64) }, current)).toEqual([
      "outlet",
    ]);
  });

  it("is outdated, with nothing to compare, when it was given before approvals covered the record", () => {
    expect(outdatedParts({ approvedRecord: null, approvedRecordSha256: null }, current)).toEqual([]);
  });

  it("says why publishing was refused and that the claim is back in review", () => {
    expect(outdatedApprovalMessage(["speaker", "outlet"])).toBe(
      "The speaker and the outlet changed since this verdict was approved, so it was not published. The claim is back in review: an editor must approve it again.",
    );
    expect(outdatedApprovalMessage([])).toMatch(
      /^This verdict was approved before approvals covered the public record/,
    );
  });
});
