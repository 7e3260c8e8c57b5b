import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { CLAIM_STATE_LABELS, type ClaimKind, type ClaimState } from "~/domain/claim-states";
import { ClaimWords } from "./claim-words";

export interface SimilarClaimView {
  id: number;
  text: string;
  kind: ClaimKind;
  sentence: string | null;
  articleTitle: string;
  speakerName: string | null;
  state: ClaimState;
  /** Why it is offered: "same speaker, words 82 % alike". */
  reason: string;
}

interface SaidBeforeProps {
  /** Null while they are being looked up. */
  similar: SimilarClaimView[] | null;
  repeatOfId: number | null;
  /** The hidden fields that say which claim (and which version of it) a "repeat" form acts on. */
  repeatFields: ReactNode;
}

/** Earlier claims that say the same thing, each with why it matched and a button to mark this claim as a
 *  repeat of it; and the one it is marked a repeat of. */
export function SaidBefore({ similar, repeatOfId, repeatFields }: SaidBeforeProps) {
  return (
    <>
      {repeatOfId ? (
        <p className="mt-2 text-sm">
          A repeat of{" "}
          <Link to={`/claims/${repeatOfId}`} className="text-sky-800 underline">
            claim {repeatOfId}
          </Link>
          .
        </p>
      ) : null}
      {similar === null ? (
        <p className="mt-2 text-sm text-stone-600">Looking for earlier claims…</p>
      ) : similar.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">No similar earlier claims.</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {similar.map((earlier) => (
            <li key={earlier.id} className="text-sm">
              <Link to={`/claims/${earlier.id}`} className="text-sky-800 underline">
                <ClaimWords claim={earlier} />
              </Link>
              <p className="text-stone-600">
                {earlier.speakerName ?? "No speaker"} · {earlier.articleTitle} · {CLAIM_STATE_LABELS[earlier.state]}
              </p>
              <p className="text-stone-600">Why: {earlier.reason}</p>
              {repeatOfId !== earlier.id ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="repeat" />
                  {repeatFields}
                  <button type="submit" name="repeatOf" value={earlier.id} className="text-xs text-sky-800 underline">
                    Mark this claim as a repeat of it
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
