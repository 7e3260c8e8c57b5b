interface ClaimRefusalProps {
  refused: { error: { code: string; message: string } } | null;
}

export const CONFLICT_MESSAGE =
  "Someone else changed this claim while you were working — here is its current state; your text is kept below.";

const REFUSAL_LABELS: Record<string, string> = {
  forbidden: "Not allowed: ",
  approval_outdated: "Not published: ",
  confirm: "Please confirm: ",
};

/** Why the server refused the last change, at the top of the page where it is seen first. After a
 *  conflict the page below shows the claim as it is now, with the refused form still holding the
 *  user's text, ready to be checked and sent again. */
export function ClaimRefusal({ refused }: ClaimRefusalProps) {
  if (!refused) return null;
  const { code, message } = refused.error;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900">
      {code === "conflict" ? (
        <p className="font-semibold">{CONFLICT_MESSAGE}</p>
      ) : (
        <p>
          <span className="font-semibold">{REFUSAL_LABELS[code] ?? "Not saved: "}</span>
          {message}
        </p>
      )}
    </div>
  );
}
