import { Form, Link } from "@remix-run/react";
import { CLAIM_KIND_LABELS, CLAIM_KINDS } from "~/domain/claim-states";
import { buttonClass } from "./form-field";

export interface LedgerFilterValues {
  verdict: number | null;
  speaker: string | null;
  kind: string | null;
  from: string | null;
  to: string | null;
  outlet: string | null;
  q: string | null;
}

const controlClass = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base shadow-sm";
const labelClass = "block text-sm font-medium";

/** Search and filters as a GET form: the list lives in the address, so it can be shared and the
 *  back button works, with or without JavaScript. */
export function LedgerFilters({
  values,
  ratings,
  speakers,
}: {
  values: LedgerFilterValues;
  ratings: { id: number; label: string }[];
  speakers: { slug: string; name: string }[];
}) {
  return (
    <Form method="get" action="/ledger" role="search" className="rounded border border-stone-200 bg-white p-4">
      <div>
        <label htmlFor="ledger-q" className={labelClass}>
          Search claims, speakers and verdicts
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="ledger-q"
            name="q"
            type="search"
            defaultValue={values.q ?? ""}
            placeholder={`e.g. hospital waiting lists, or "exact words"`}
            className="block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base shadow-sm"
          />
          <button type="submit" className={buttonClass}>
            Search
          </button>
        </div>
      </div>
      <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="ledger-verdict" className={labelClass}>
            Verdict
          </label>
          <select id="ledger-verdict" name="verdict" defaultValue={values.verdict ?? ""} className={controlClass}>
            <option value="">Any verdict</option>
            {ratings.map((rating) => (
              <option key={rating.id} value={rating.id}>
                {rating.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ledger-speaker" className={labelClass}>
            Speaker
          </label>
          <select id="ledger-speaker" name="speaker" defaultValue={values.speaker ?? ""} className={controlClass}>
            <option value="">Anyone</option>
            {speakers.map((speaker) => (
              <option key={speaker.slug} value={speaker.slug}>
                {speaker.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ledger-kind" className={labelClass}>
            Kind of claim
          </label>
          <select id="ledger-kind" name="kind" defaultValue={values.kind ?? ""} className={controlClass}>
            <option value="">Any kind</option>
            {CLAIM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CLAIM_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ledger-from" className={labelClass}>
            Said from
          </label>
          <input id="ledger-from" name="from" type="date" defaultValue={values.from ?? ""} className={controlClass} />
        </div>
        <div>
          <label htmlFor="ledger-to" className={labelClass}>
            Said until
          </label>
          <input id="ledger-to" name="to" type="date" defaultValue={values.to ?? ""} className={controlClass} />
        </div>
        <div>
          <label htmlFor="ledger-outlet" className={labelClass}>
            Outlet
          </label>
          <input id="ledger-outlet" name="outlet" defaultValue={values.outlet ?? ""} className={controlClass} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass}>
          Apply filters
        </button>
        <Link to="/ledger" className="text-sm text-sky-800 underline">
          Clear all
        </Link>
      </div>
    </Form>
  );
}
