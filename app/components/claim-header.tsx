import { Link } from "@remix-run/react";
import type { AttributionView } from "~/domain/attribution-evidence";
import type { ClaimContext } from "~/domain/claim-context";
import { CLAIM_KIND_LABELS, CLAIM_STATE_LABELS, type ClaimKind, type ClaimState } from "~/domain/claim-states";
import { AttributionEvidence, CheckSpeakerFlag } from "./attribution-evidence";
import { KIND_BADGE } from "./claim-style";
import { ClaimWords } from "./claim-words";
import { DateText } from "./date-text";

const STATE_BADGE: Record<ClaimState, string> = {
  candidate: "bg-stone-200 text-stone-900",
  dismissed: "bg-stone-100 text-stone-600 line-through",
  researching: "bg-amber-100 text-amber-950",
  in_review: "bg-violet-100 text-violet-950",
  approved: "bg-sky-100 text-sky-950",
  published: "bg-emerald-100 text-emerald-950",
};

export function StateBadge({ state }: { state: ClaimState }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATE_BADGE[state]}`}>
      {CLAIM_STATE_LABELS[state]}
    </span>
  );
}

interface ClaimHeaderProps {
  claim: {
    id: number;
    text: string;
    kind: ClaimKind;
    sentence: string | null;
    state: ClaimState;
    speakerName: string | null;
    speakerTitle: string | null;
    assigneeName: string | null;
    dueOn: string | null;
    anchorLost: boolean;
    /** Set once a verdict is on the public ledger. */
    publishedVerdictId: number | null;
  };
  article: { id: number; title: string; outlet: string | null; publishedOn: string | null };
  context: ClaimContext | null;
  attribution: AttributionView;
}

/** The claim: its words, who said it, where, who works on it, and the paragraph it sits in. */
export function ClaimHeader({ claim, article, context, attribution }: ClaimHeaderProps) {
  return (
    <header className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${KIND_BADGE[claim.kind]}`}>
          {CLAIM_KIND_LABELS[claim.kind]}
        </span>
        <StateBadge state={claim.state} />
        <span className="text-stone-500">Claim {claim.id}</span>
      </p>
      <h1 className="font-serif text-2xl font-bold leading-snug sm:text-3xl">
        <ClaimWords claim={claim} />
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-500">Said by</dt>
        <dd>
          {claim.speakerName ?? "Unknown speaker"}
          {claim.speakerTitle ? <span className="text-stone-600">, {claim.speakerTitle}</span> : null}
          {attribution.needsCheck ? (
            <>
              {" "}
              <CheckSpeakerFlag />
            </>
          ) : null}
        </dd>
        <dt className="text-stone-500">In</dt>
        <dd>
          {article.title}
          {article.outlet ? <span className="text-stone-600"> · {article.outlet}</span> : null}
          {article.publishedOn ? (
            <span className="text-stone-600">
              {" "}
              · <DateText value={article.publishedOn} />
            </span>
          ) : null}{" "}
          ·{" "}
          <Link to={`/articles/${article.id}?claim=${claim.id}#claim-${claim.id}`} className="text-sky-800 underline">
            Open in article
          </Link>
        </dd>
        {claim.publishedVerdictId !== null ? (
          <>
            <dt className="text-stone-500">Published</dt>
            <dd>
              <Link to={`/ledger/${claim.id}`} className="text-sky-800 underline">
                See it on the public ledger
              </Link>
            </dd>
          </>
        ) : null}
        <dt className="text-stone-500">Assigned to</dt>
        <dd>{claim.assigneeName ?? "Nobody yet"}</dd>
        <dt className="text-stone-500">Due</dt>
        <dd>{claim.dueOn ? <DateText value={claim.dueOn} /> : "No due date"}</dd>
      </dl>
      {claim.anchorLost ? (
        <p className="text-sm font-semibold text-red-700">
          These words are no longer in the article since it was edited.
        </p>
      ) : (
        <>
          {context ? (
            <figure className="rounded border border-stone-200 bg-white p-3">
              <figcaption className="text-xs font-semibold uppercase tracking-wide text-stone-500">
                In its paragraph
              </figcaption>
              <p className="mt-1 whitespace-pre-line font-serif leading-relaxed">
                {context.before}
                <mark className="rounded-sm bg-amber-200 px-0.5">{context.claim}</mark>
                {context.after}
              </p>
            </figure>
          ) : null}
          <details open={attribution.needsCheck} className="rounded border border-stone-200 bg-white p-3">
            <summary className="cursor-pointer text-sm font-semibold">How the speaker was found</summary>
            <div className="mt-2">
              <AttributionEvidence view={attribution} />
            </div>
          </details>
        </>
      )}
    </header>
  );
}
