import type { FormDraft } from "./claim-draft";

/** When the claim moved on while someone was typing (approved or published meanwhile), the form is
 *  gone but their words are not: shown read-only so they can be copied. */
export function UnsavedDraft({ draft, fields }: { draft: FormDraft | null; fields: Record<string, string> }) {
  const kept = Object.entries(fields).filter(([name]) => draft?.values[name]?.trim());
  if (!draft || kept.length === 0) return null;
  return (
    <details open className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <summary className="font-medium text-amber-950">Your unsaved text</summary>
      <dl className="mt-2 space-y-2">
        {kept.map(([name, label]) => (
          <div key={name}>
            <dt className="font-medium">{label}</dt>
            <dd className="whitespace-pre-wrap break-words text-stone-800">{draft.values[name]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
