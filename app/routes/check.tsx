import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { checkDraft, type DraftCheckItem } from "~/.server/claims/check-draft";
import { requireUser } from "~/.server/http/guards";
import { formError } from "~/.server/http/responses";
import { readFormData } from "~/.server/web/read-form";
import { buttonClass, FormMessage, TextAreaField } from "~/components/form-field";
import { MAX_DRAFT_CHARACTERS, parseDraft } from "~/domain/draft-check";
import { formatCount } from "~/domain/format";

export const meta: MetaFunction = () => [{ title: "Check a draft · Claimdesk" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args, { role: "checker" });
  return null;
}

// Nothing of the draft is stored: it is checked and sent back with what was found.
export async function action(args: ActionFunctionArgs) {
  await requireUser(args, { role: "checker" });
  const form = await readFormData(args.request);
  const text = String(form.get("text") ?? "");
  try {
    return data({ check: await checkDraft(args.context.db, parseDraft({ text })), submitted: { text } });
  } catch (error) {
    return formError(error, { text });
  }
}

export default function CheckDraft() {
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const check = result && "check" in result ? result.check : null;
  const error = result && "error" in result ? result.error : null;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Check a draft</h1>
        <p className="mt-2 text-sm text-stone-600">
          Paste a story before it goes out: each quote and figure is looked up among the claims already on the ledger
          and those of the same speaker now in review. Nothing you paste is stored.
        </p>
      </div>
      <Form method="post" className="space-y-3">
        <FormMessage message={error?.message} />
        <TextAreaField
          label="Draft"
          name="text"
          rows={14}
          required
          maxLength={MAX_DRAFT_CHARACTERS}
          defaultValue={result?.submitted?.text ?? ""}
          error={error?.fields?.text}
          hint={`Up to ${formatCount(MAX_DRAFT_CHARACTERS)} characters.`}
        />
        <button type="submit" className={buttonClass} disabled={busy}>
          {busy ? "Checking…" : "Check the draft"}
        </button>
      </Form>
      {check ? <CheckResults items={check.items} matched={check.matched} /> : null}
    </div>
  );
}

function CheckResults({ items, matched }: { items: DraftCheckItem[]; matched: number }) {
  const quotes = items.filter((item) => item.kind === "quote").length;
  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="font-serif text-xl font-bold">
        What the draft repeats
      </h2>
      <p role="status" className="text-sm text-stone-700">
        {quotes} {quotes === 1 ? "quote" : "quotes"} and {items.length - quotes}{" "}
        {items.length - quotes === 1 ? "figure" : "figures"} checked; {matched} already on record.
      </p>
      <ul className="space-y-3">
        {items.map((item) => (
          <li
            key={`${item.start}-${item.end}`}
            className="rounded border border-stone-200 bg-white p-3"
            data-testid="draft-claim"
          >
            <p className="text-sm">
              <span className="font-semibold">{item.kind === "quote" ? "Quote" : "Figure"}</span>
              {item.speaker ? ` · ${item.speaker}` : ""}
            </p>
            <p className="mt-1">{item.kind === "quote" ? `“${item.text}”` : item.sentence}</p>
            {item.matches.length === 0 ? (
              <p className="mt-2 text-sm text-stone-500">Nothing on record.</p>
            ) : (
              <ul className="mt-2 space-y-2 border-l-4 border-amber-300 pl-3">
                {item.matches.map((match) => (
                  <li key={match.claimId} className="text-sm" data-testid="draft-match">
                    <p>
                      <strong>{match.verdict ?? "No verdict yet"}</strong>
                      {match.status === "in_review" ? " (in review)" : " (published)"} ·{" "}
                      <Link to={match.link} className="text-sky-800 underline">
                        {match.text}
                      </Link>
                      {match.speakerName ? ` — ${match.speakerName}` : ""}
                    </p>
                    <p className="text-stone-600">Why: {match.reason}</p>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
