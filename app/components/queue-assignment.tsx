import { Form } from "@remix-run/react";
import type { ClaimState } from "~/domain/claim-states";
import { hasRole, type Role } from "~/domain/roles";

export interface AssignmentFailure {
  code: string;
  message: string;
  /** What the user asked for, kept in the form. */
  assigneeId: string;
  dueOn: string;
  /** After a conflict: the claim's values now. */
  currentAssignee: string;
  currentDueOn: string;
}

interface AssignmentProps {
  claim: { id: number; version: number; state: ClaimState; assigneeId: string | null; dueOn: string | null };
  viewer: { id: string; role: Role };
  people: { id: string; name: string }[];
  /** Where the form posts: the queue view it was sent from, so the user comes back to it. */
  action: string;
  failure: AssignmentFailure | null;
}

const controlClass = "rounded border border-stone-300 bg-white px-2 py-1 text-sm";
const smallButtonClass = "rounded border border-stone-300 bg-white px-2 py-1 text-sm font-medium hover:bg-stone-100";
const PICK_UP_STATES: ClaimState[] = ["candidate", "researching", "in_review", "approved"];

/** An editor reassigns a claim and sets its due date; a fact-checker takes an unassigned claim or hands
 *  back their own. The version the user saw goes with it, so a change made meanwhile is not overwritten. */
export function QueueAssignment({ claim, viewer, people, action, failure }: AssignmentProps) {
  const isEditor = hasRole(viewer.role, "editor");
  const message = failure ? <AssignmentMessage failure={failure} /> : null;
  const hidden = (
    <>
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={claim.version} />
    </>
  );
  if (isEditor) {
    const assigneeField = `assignee-${claim.id}`;
    const dueField = `due-${claim.id}`;
    return (
      <Form method="post" action={action} key={claim.version} className="flex flex-wrap items-end gap-2">
        {hidden}
        <div>
          <label htmlFor={assigneeField} className="block text-xs text-stone-600">
            Assignee
          </label>
          <select
            id={assigneeField}
            name="assigneeId"
            defaultValue={failure?.assigneeId ?? claim.assigneeId ?? ""}
            className={controlClass}
          >
            <option value="">Nobody</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={dueField} className="block text-xs text-stone-600">
            Due
          </label>
          <input
            id={dueField}
            name="dueOn"
            type="date"
            defaultValue={failure?.dueOn ?? claim.dueOn ?? ""}
            className={controlClass}
          />
        </div>
        <button type="submit" className={smallButtonClass}>
          Save
        </button>
        {message}
      </Form>
    );
  }
  const takes = claim.assigneeId === null && PICK_UP_STATES.includes(claim.state);
  const handsBack = claim.assigneeId === viewer.id && PICK_UP_STATES.includes(claim.state);
  if (!takes && !handsBack) return message;
  return (
    <Form method="post" action={action} className="flex flex-wrap items-center gap-2">
      {hidden}
      <input type="hidden" name="assigneeId" value={takes ? viewer.id : ""} />
      <input type="hidden" name="dueOn" value={claim.dueOn ?? ""} />
      <button type="submit" className={smallButtonClass}>
        {takes ? "Assign to me" : "Hand back"}
      </button>
      {message}
    </Form>
  );
}

function AssignmentMessage({ failure }: { failure: AssignmentFailure }) {
  return (
    <p role="alert" className="basis-full text-sm font-medium text-red-700">
      {failure.code === "conflict"
        ? `Someone else changed this claim: it is now assigned to ${failure.currentAssignee}, due ${failure.currentDueOn}. Check and save again.`
        : failure.message}
    </p>
  );
}
