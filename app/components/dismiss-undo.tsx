import { Form } from "@remix-run/react";
import { type ClaimView, claimRef } from "./claim-view";
import { secondaryButtonClass } from "./form-field";

/** After a dismissal: what was dismissed, and a form that puts it back among the candidates (also the
 *  `u` key). Rendered from the address, so it works without JavaScript and after a reload. */
export function DismissUndo({ claims }: { claims: Pick<ClaimView, "id" | "version" | "text">[] }) {
  const [first] = claims;
  if (!first) return null;
  return (
    <Form
      method="post"
      preventScrollReset
      id="undo-dismiss"
      className="flex flex-wrap items-center gap-2 rounded border border-stone-300 bg-stone-100 px-3 py-2 text-sm"
    >
      <p role="status" className="min-w-0 flex-1">
        {claims.length === 1 ? (
          <>
            Dismissed <q className="line-clamp-2">{first.text}</q>
          </>
        ) : (
          `Dismissed ${claims.length} claims.`
        )}
      </p>
      <input type="hidden" name="intent" value="triage" />
      <input type="hidden" name="action" value="restore" />
      <input type="hidden" name="next" value={first.id} />
      {claims.map((claim) => (
        <input key={claim.id} type="hidden" name="claim" value={claimRef(claim)} />
      ))}
      <button type="submit" className={secondaryButtonClass}>
        Undo <kbd className="ml-1 text-xs text-stone-500">u</kbd>
      </button>
    </Form>
  );
}
