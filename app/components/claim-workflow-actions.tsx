import { Form } from "@remix-run/react";
import type { OfferedAction } from "~/.server/claim-page";
import { type ClaimAction, DISMISS_REASONS } from "~/domain/claim-workflow";
import type { FormDraft } from "./claim-draft";
import { buttonClass, secondaryButtonClass } from "./form-field";

const ACTION_LABELS: Record<ClaimAction, string> = {
  accept: "Accept for checking",
  dismiss: "Dismiss",
  restore: "Restore as candidate",
  submit: "Send for review",
  approve: "Approve verdict",
  send_back: "Send back to research",
  withdraw_approval: "Withdraw approval",
  publish: "Publish",
  reopen: "Reopen for a correction",
};

const NOTE_LABELS: Partial<Record<ClaimAction, string>> = {
  send_back: "What needs another look?",
  withdraw_approval: "Why send it back to review?",
  publish: "Correction note (readers will see it)",
  reopen: "What is being corrected?",
};

const FORWARD: ReadonlySet<ClaimAction> = new Set(["accept", "submit", "approve", "publish"]);

function NoteField({ offered, draft }: { offered: OfferedAction; draft: FormDraft | null }) {
  const id = `note-${offered.action}`;
  const error = draft?.errors.note;
  if (offered.action === "dismiss") {
    return (
      <label htmlFor={id} className="block text-sm font-medium">
        Reason
        <select
          id={id}
          name="note"
          defaultValue={draft?.values.note}
          className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5"
        >
          {DISMISS_REASONS.map((reason) => (
            <option key={reason}>{reason}</option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {NOTE_LABELS[offered.action] ?? "Note"}
      </label>
      <textarea
        id={id}
        name="note"
        required
        rows={2}
        defaultValue={draft?.values.note}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
      />
    </div>
  );
}

interface ClaimWorkflowActionsProps {
  actions: OfferedAction[];
  version: number;
  /** The refused transition form, to show again with its note. */
  draft: FormDraft | null;
}

/** The steps the rules offer this person from the claim's state, each its own form; steps that are
 *  someone else's to take are named with the reason instead of a button. */
export function ClaimWorkflowActions({ actions, version, draft }: ClaimWorkflowActionsProps) {
  const offered = actions.filter((action) => action.refusal?.status !== 403);
  const notYours = actions.filter((action) => action.refusal?.status === 403);
  return (
    <section id="workflow" aria-labelledby="workflow-heading" className="rounded border border-stone-200 bg-white p-4">
      <h2 id="workflow-heading" className="font-semibold">
        Next step
      </h2>
      {offered.length === 0 && notYours.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">There is no step to take from here.</p>
      ) : null}
      <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
        {offered.map((action) => {
          const mine = draft?.values.to === action.to ? draft : null;
          return (
            <Form
              key={`${version}-${action.action}`}
              method="post"
              className="space-y-2 rounded border border-stone-200 p-3 sm:min-w-64"
            >
              <input type="hidden" name="intent" value="transition" />
              <input type="hidden" name="to" value={action.to} />
              <input type="hidden" name="version" value={version} />
              {action.needsNote ? <NoteField offered={action} draft={mine} /> : null}
              {action.refusal ? <p className="text-sm text-stone-600">{action.refusal.reason}</p> : null}
              <button type="submit" className={FORWARD.has(action.action) ? buttonClass : secondaryButtonClass}>
                {action.action === "publish" && action.needsNote ? "Publish correction" : ACTION_LABELS[action.action]}
              </button>
            </Form>
          );
        })}
      </div>
      {notYours.length > 0 ? (
        <ul className="mt-3 space-y-1 text-sm text-stone-600">
          {notYours.map((action) => (
            <li key={action.action}>
              <span className="font-medium">{ACTION_LABELS[action.action]}:</span> {action.refusal?.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
