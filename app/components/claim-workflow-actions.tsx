import { Form } from "@remix-run/react";
import type { OfferedAction } from "~/.server/claims/claim-page";
import { type ChecklistItem, type ClaimAction, DISMISS_REASONS } from "~/domain/claim-workflow";
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

// A step the rules would refuse now still posts (the server answers with its reason), but looks it.
const notReadyClass =
  "inline-flex items-center justify-center rounded border border-stone-300 bg-stone-100 px-4 py-2 text-sm font-semibold text-stone-600";

/** What "Send for review" still needs, each item ticked or not, from the rule that decides it. */
function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <div>
      <p className="text-sm font-medium">Before it goes to review</p>
      <ul className="mt-1 space-y-0.5 text-sm">
        {items.map((item) => (
          <li key={item.label} className={item.met ? "text-emerald-800" : "text-stone-700"}>
            <span aria-hidden="true" className="inline-block w-5 font-bold">
              {item.met ? "✓" : "✗"}
            </span>
            <span className="sr-only">{item.met ? "Done: " : "Still needed: "}</span>
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The warning about sources with no captured copy, and the box that confirms going on anyway. */
export function UncapturedSourcesConfirm({ warning, action }: { warning: string; action: string }) {
  return (
    <div className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950">
      <p id={`uncaptured-${action}`}>{warning}</p>
      <label className="mt-1 flex items-start gap-2 font-medium">
        <input
          type="checkbox"
          name="confirmUncaptured"
          value="yes"
          required
          aria-describedby={`uncaptured-${action}`}
          className="mt-1"
        />
        {action === "publish" ? "Publish without a copy of these pages" : "Approve without a copy of these pages"}
      </label>
    </div>
  );
}

/** Publishing starts from a preview of the public page, confirmed there (ClaimPublicationPreview). */
function PublishStep({ correction }: { correction: boolean }) {
  return (
    <Form method="get" className="space-y-2 rounded border border-stone-200 p-3 sm:min-w-64">
      <input type="hidden" name="preview" value="publish" />
      <p className="text-sm text-stone-600">
        See the public page as readers will, then confirm {correction ? "the correction" : "publishing"}.
      </p>
      <button type="submit" className={buttonClass}>
        {correction ? "Preview the correction" : "Preview and publish"}
      </button>
    </Form>
  );
}

export function NoteField({ offered, draft }: { offered: OfferedAction; draft: FormDraft | null }) {
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
          if (action.action === "publish") return <PublishStep key={action.action} correction={action.needsNote} />;
          const mine = draft?.values.to === action.to ? draft : null;
          const reasonId = `not-ready-${action.action}`;
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
              {action.checklist ? <Checklist items={action.checklist} /> : null}
              {mine?.errors.confirmUncaptured ? (
                <UncapturedSourcesConfirm warning={mine.errors.confirmUncaptured} action={action.action} />
              ) : null}
              {action.refusal ? (
                <p id={reasonId} className="text-sm text-stone-600">
                  {action.refusal.reason}
                </p>
              ) : null}
              <button
                type="submit"
                aria-disabled={action.refusal ? true : undefined}
                aria-describedby={action.refusal ? reasonId : undefined}
                className={
                  action.refusal ? notReadyClass : FORWARD.has(action.action) ? buttonClass : secondaryButtonClass
                }
              >
                {ACTION_LABELS[action.action]}
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
