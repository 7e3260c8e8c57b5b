import { createArticle } from "~/.server/articles/articles";
import { getClaim, listArticleClaims } from "~/.server/claims/claims";
import { transitionClaim } from "~/.server/claims/transitions";
import type { Database } from "~/.server/db/database-types";
import { addSource } from "~/.server/review/source-records";
import { proposeVerdict } from "~/.server/review/verdicts";
import { createUser } from "~/.server/users/user-accounts";
import type { WorkflowActor } from "~/domain/claim-workflow";
import type { Role } from "~/domain/roles";
import { articleInputSchema } from "~/domain/schemas/article";
import { sourceInputSchema, transitionInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";

// A newsroom that gets claims onto the public ledger the way people do: through the review workflow
// (accept, source, verdict, review, approval by another editor, publication), so ledger tests see
// exactly what the real transitions write.

export interface Verdict {
  rating: string;
  summary: string;
  rationale?: string;
}

export interface LedgerNewsroom {
  checker: WorkflowActor;
  editor: WorkflowActor;
  /** A quote by `speaker` in a new article, still a candidate; returns its claim id. */
  quote(
    speaker: string,
    words: string,
    article?: { outlet?: string; publishedOn?: string; title?: string },
  ): Promise<number>;
  /** Takes a candidate through research and review to publication. */
  publish(claimId: number, verdict: Verdict, source?: { url: string; title: string; passage?: string }): Promise<void>;
  /** Reopens a published claim for a correction (it stays on the ledger, under review). */
  reopen(claimId: number, note: string): Promise<void>;
  /** Publishes a reopened claim's new verdict with a public correction note. */
  correct(claimId: number, verdict: Verdict, correctionNote: string): Promise<void>;
  move(actor: WorkflowActor, claimId: number, to: string, note?: string): Promise<void>;
  propose(claimId: number, verdict: Verdict): Promise<void>;
}

let newsroomCount = 0;

export async function ledgerNewsroom(
  db: Database,
  names = { checker: "Cara Checker", editor: "Eli Editor" },
): Promise<LedgerNewsroom> {
  newsroomCount += 1;
  const person = async (displayName: string, role: Role): Promise<WorkflowActor> => {
    const email = `${role}.${newsroomCount}.${Math.random().toString(36).slice(2, 8)}@ledger-newsroom.test`;
    const user = await createUser(db, null, { email, displayName, role, password: "ledger password 123" });
    return { id: user.id, role };
  };
  const checker = await person(names.checker, "checker");
  const editor = await person(names.editor, "editor");
  let articleCount = 0;
  const version = async (claimId: number) => (await getClaim(db, claimId)).version;
  const move = async (actor: WorkflowActor, claimId: number, to: string, note?: string) => {
    await transitionClaim(
      db,
      actor,
      claimId,
      parseInput(transitionInputSchema, { to, version: await version(claimId), note }),
    );
  };
  const propose = async (claimId: number, verdict: Verdict) => {
    await proposeVerdict(db, checker, claimId, { rationale: "", ...verdict, version: await version(claimId) });
  };
  return {
    checker,
    editor,
    move,
    propose,
    async quote(speaker, words, article = {}) {
      articleCount += 1;
      const stored = await createArticle(
        db,
        checker.id,
        parseInput(articleInputSchema, {
          title: article.title ?? `Ledger article ${newsroomCount}-${articleCount}`,
          body: `Opening paragraph ${articleCount}.\n\n“${words},” ${speaker} said on Monday.\n\nClosing paragraph.`,
          url: `https://news.example/${newsroomCount}/${articleCount}`,
          outlet: article.outlet ?? "Daily Example",
          publishedOn: article.publishedOn ?? "2025-03-01",
        }),
      );
      const [claim] = (await listArticleClaims(db, stored.id)).filter((each) => each.kind === "quote");
      if (!claim) throw new Error("no quote extracted");
      return claim.id;
    },
    async publish(claimId, verdict, source = { url: "https://data.example/register", title: "Register" }) {
      await move(checker, claimId, "researching");
      await addSource(db, checker, claimId, {
        ...parseInput(sourceInputSchema, source),
        version: await version(claimId),
      });
      await propose(claimId, verdict);
      await move(checker, claimId, "in_review");
      await move(editor, claimId, "approved");
      await move(editor, claimId, "published");
    },
    async reopen(claimId, note) {
      await move(editor, claimId, "researching", note);
    },
    async correct(claimId, verdict, correctionNote) {
      await propose(claimId, verdict);
      await move(checker, claimId, "in_review");
      await move(editor, claimId, "approved");
      await move(editor, claimId, "published", correctionNote);
    },
  };
}
