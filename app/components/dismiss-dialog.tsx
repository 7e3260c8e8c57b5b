import { Form } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { DISMISS_REASONS } from "~/domain/claim-workflow";
import { type ClaimView, claimRef } from "./claim-view";
import { buttonClass, secondaryButtonClass } from "./form-field";

/** Asked when `d` is pressed: why this candidate is dismissed. A modal <dialog>, so the focus stays
 *  inside and Esc cancels; the arrows pick a reason, Enter or the button dismisses. `next` is the
 *  claim to select afterwards. (Without JavaScript the claim card's own dismiss form asks the same.) */
export function DismissDialog({
  claim,
  next,
  onClose,
}: {
  claim: Pick<ClaimView, "id" | "version" | "text">;
  next: number;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const shown = dialog.current;
    shown?.showModal();
    return () => shown?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="dismiss-heading"
      onCancel={onClose}
      className="w-[min(28rem,calc(100vw-2rem))] rounded border border-stone-300 bg-white p-4 text-stone-900 shadow-lg backdrop:bg-stone-900/40"
    >
      <Form method="post" preventScrollReset onSubmit={onClose} className="space-y-3">
        <h2 id="dismiss-heading" className="font-semibold">
          Dismiss this candidate?
        </h2>
        <p className="line-clamp-3 border-l-4 border-stone-300 pl-3 font-serif text-sm">{claim.text}</p>
        <input type="hidden" name="intent" value="triage" />
        <input type="hidden" name="action" value="dismiss" />
        <input type="hidden" name="claim" value={claimRef(claim)} />
        <input type="hidden" name="next" value={next} />
        <fieldset>
          <legend className="text-sm font-medium">Why?</legend>
          {DISMISS_REASONS.map((reason, index) => (
            <label key={reason} className="mt-1 flex items-center gap-2 text-sm">
              <input type="radio" name="note" value={reason} defaultChecked={index === 0} />
              {reason}
            </label>
          ))}
        </fieldset>
        <label className="block text-sm">
          Note (optional)
          <input
            name="detail"
            maxLength={500}
            className="mt-1 block w-full rounded border border-stone-300 px-2 py-1.5 text-base"
          />
        </label>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass}>
            Dismiss
          </button>
          <button type="button" onClick={onClose} className={secondaryButtonClass}>
            Cancel
          </button>
        </div>
      </Form>
    </dialog>
  );
}
