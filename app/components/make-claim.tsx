import { Form } from "@remix-run/react";
import { useEffect, useState } from "react";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, type ClaimKind } from "~/domain/claim-states";
import type { ClaimView } from "./claim-view";
import { buttonClass, secondaryButtonClass } from "./form-field";
import { selectionOffsets } from "./selection-offsets";

const fieldClass = "mt-0.5 block w-full rounded border border-stone-300 px-2 py-1";

function KindChoice({ defaultKind }: { defaultKind: ClaimKind }) {
  return (
    <fieldset className="flex flex-wrap gap-3 text-sm">
      <legend className="sr-only">Kind of claim</legend>
      {CLAIM_KINDS.map((kind) => (
        <label key={kind} className="flex items-center gap-1">
          <input type="radio" name="kind" value={kind} defaultChecked={kind === defaultKind} />
          {CLAIM_KIND_LABELS[kind]}
        </label>
      ))}
    </fieldset>
  );
}

function SpeakerFields({ speaker, title }: { speaker: string; title: string }) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <label className="text-sm">
        Said by
        <input name="speaker" defaultValue={speaker} className={fieldClass} />
      </label>
      <label className="text-sm">
        Title
        <input name="speakerTitle" defaultValue={title} className={fieldClass} />
      </label>
    </div>
  );
}

/** Selecting words in the article offers "Make a claim", with the speaker taken from an extracted
 *  claim the selection overlaps (editable). */
export function SelectionClaimPanel({ body, claims }: { body: string; claims: ClaimView[] }) {
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  useEffect(() => {
    const container = document.getElementById("article-text");
    if (!container) return;
    // The last selection made in the article stays until used or cancelled: clicking into the
    // form below clears the browser's selection, and the claim must not be lost with it.
    const onSelectionChange = () => {
      const offsets = selectionOffsets(container, body);
      if (offsets) setSelection(offsets);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [body]);
  if (!selection) return null;
  const overlapping = claims.find(
    (claim) => claim.speakerName && claim.start < selection.end && selection.start < claim.end,
  );
  const text = body.slice(selection.start, selection.end);
  return (
    <section
      aria-label="Make a claim from the selected words"
      className="sticky bottom-2 z-10 rounded border-2 border-stone-900 bg-white p-3 shadow-lg"
    >
      <Form
        method="post"
        className="space-y-2"
        key={`${selection.start}-${selection.end}`}
        onSubmit={() => setTimeout(() => setSelection(null))}
      >
        <input type="hidden" name="intent" value="make-claim" />
        <input type="hidden" name="start" value={selection.start} />
        <input type="hidden" name="end" value={selection.end} />
        <input type="hidden" name="selectedText" value={text} />
        <p className="text-sm">
          Make a claim from: <q className="font-serif">{text.length > 200 ? `${text.slice(0, 200)}…` : text}</q>
        </p>
        <KindChoice defaultKind={/\d/.test(text) && text.length < 40 ? "numeric" : "statement"} />
        <SpeakerFields speaker={overlapping?.speakerName ?? ""} title={overlapping?.speakerTitle ?? ""} />
        <div className="flex gap-2">
          <button type="submit" className={buttonClass}>
            Make a claim
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => setSelection(null)}>
            Cancel
          </button>
        </div>
      </Form>
    </section>
  );
}

/** The same without a mouse or JavaScript: type the exact words (and which occurrence). */
export function WordsClaimForm() {
  return (
    <details className="rounded border border-stone-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">Make a claim by typing its words</summary>
      <Form method="post" className="mt-2 space-y-2">
        <input type="hidden" name="intent" value="make-claim-words" />
        <label className="block">
          Exact words from the article
          <textarea name="words" required rows={2} className={fieldClass} />
        </label>
        <label className="block">
          Occurrence (1 for the first time they appear)
          <input name="occurrence" type="number" min={1} defaultValue={1} className={fieldClass} />
        </label>
        <KindChoice defaultKind="statement" />
        <SpeakerFields speaker="" title="" />
        <button type="submit" className={secondaryButtonClass}>
          Make a claim
        </button>
      </Form>
    </details>
  );
}
