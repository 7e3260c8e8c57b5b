import { Form, Link } from "@remix-run/react";
import type { ClaimPageData } from "~/.server/claim-page";
import { CLAIM_STATE_LABELS } from "~/domain/claim-states";
import { alikeLabel } from "./claim-view";

interface ClaimSimilarProps {
  similar: ClaimPageData["similar"];
  repeatOfId: number | null;
  version: number;
}

/** Earlier claims that say nearly the same thing, each a link to its own page; one can be marked as
 *  the first time this was said. */
export function ClaimSimilar({ similar, repeatOfId, version }: ClaimSimilarProps) {
  return (
    <section id="similar" aria-labelledby="similar-heading" className="rounded border border-stone-200 bg-white p-4">
      <h2 id="similar-heading" className="font-semibold">
        Similar claims
      </h2>
      {repeatOfId ? (
        <p className="mt-2 text-sm">
          A repeat of{" "}
          <Link to={`/claims/${repeatOfId}`} className="text-sky-800 underline">
            claim {repeatOfId}
          </Link>
          .
        </p>
      ) : null}
      {similar.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">No similar earlier claims.</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {similar.map((earlier) => (
            <li key={earlier.id} className="text-sm">
              <Link to={`/claims/${earlier.id}`} className="text-sky-800 underline">
                “{earlier.text}”
              </Link>
              <p className="text-stone-600">
                {earlier.speakerName ?? "No speaker"} · {earlier.articleTitle} · {CLAIM_STATE_LABELS[earlier.state]} ·{" "}
                {alikeLabel(earlier.score)}
              </p>
              {repeatOfId !== earlier.id ? (
                <Form method="post" key={`repeat-${earlier.id}-${version}`}>
                  <input type="hidden" name="intent" value="repeat" />
                  <input type="hidden" name="version" value={version} />
                  <button type="submit" name="repeatOf" value={earlier.id} className="text-xs text-sky-800 underline">
                    Mark this claim as a repeat of it
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
