import { CLAIM_KIND_LABELS, CLAIM_KINDS } from "~/domain/claim-states";
import type { LedgerFilterValues } from "~/domain/schemas/ledger";
import { buttonClass } from "./form-field";

const controlClass =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600";
const labelClass = "block text-sm font-medium";

type Problems = Record<string, string> | null;

const FIELD_LABELS: Record<string, string> = {
  q: "Search",
  verdict: "Verdict",
  speaker: "Speaker",
  kind: "Kind of claim",
  from: "Said from",
  to: "Said until",
  outlet: "Outlet",
  order: "Order of search results",
};

/** The list of what is wrong, announced, each linking to its field (the page works without JS). */
function ProblemSummary({ problems }: { problems: Problems }) {
  if (!problems) return null;
  return (
    <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p className="font-medium">These filters cannot be used, so no claims are listed:</p>
      <ul className="mt-1 list-disc pl-5">
        {Object.entries(problems).map(([field, message]) => (
          <li key={field}>
            {FIELD_LABELS[field] ? (
              <a href={`#ledger-${field}`} className="underline">
                {FIELD_LABELS[field]}: {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A control's error wiring and message, for the field named `field`. */
function fieldProblem(problems: Problems, field: string) {
  const message = problems?.[field];
  const id = `ledger-${field}-error`;
  return {
    control: message ? { "aria-invalid": true, "aria-describedby": id } : {},
    message: message ? (
      <p id={id} className="mt-1 text-sm font-medium text-red-700">
        {message}
      </p>
    ) : null,
  };
}

/** A filter, labelled, with its problem if it has one: typed (a date or words) or chosen from
 *  `options` (the first the choice of none, "" as its value). */
function Filter({
  field,
  values,
  problems,
  type = "text",
  options,
}: {
  field: "verdict" | "speaker" | "kind" | "order" | "from" | "to" | "outlet";
  values: LedgerFilterValues;
  problems: Problems;
  type?: "date" | "text";
  options?: { value: string; label: string }[];
}) {
  const { control, message } = fieldProblem(problems, field);
  const attributes = {
    id: `ledger-${field}`,
    name: field,
    defaultValue: values[field] ?? "",
    className: controlClass,
    ...control,
  };
  return (
    <div>
      <label htmlFor={`ledger-${field}`} className={labelClass}>
        {FIELD_LABELS[field]}
      </label>
      {options ? (
        <select {...attributes}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input type={type} {...attributes} />
      )}
      {message}
    </div>
  );
}

/** Search and filters as a GET form: the list lives in the address, so it can be shared and the
 *  back button works, with or without JavaScript. */
export function LedgerFilters({
  values,
  problems,
  ratings,
  speakers,
}: {
  values: LedgerFilterValues;
  /** A message per filter that cannot be used (from the loader). */
  problems: Problems;
  ratings: { id: number; label: string }[];
  speakers: { slug: string; name: string }[];
}) {
  const q = fieldProblem(problems, "q");
  const state = { values, problems };
  return (
    // biome-ignore lint/a11y/useSemanticElements: the role reaches screen readers whose browsers predate <search>
    <form method="get" action="/ledger" role="search" className="rounded border border-stone-200 bg-white p-4">
      <ProblemSummary problems={problems} />
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
            className="block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600"
            {...q.control}
          />
          <button type="submit" className={buttonClass}>
            Search
          </button>
        </div>
        {q.message}
      </div>
      <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Filter
          field="verdict"
          {...state}
          options={[
            { value: "", label: "Any verdict" },
            ...ratings.map((rating) => ({ value: String(rating.id), label: rating.label })),
          ]}
        />
        <Filter
          field="speaker"
          {...state}
          options={[
            { value: "", label: "Anyone" },
            ...speakers.map((speaker) => ({ value: speaker.slug, label: speaker.name })),
          ]}
        />
        <Filter
          field="kind"
          {...state}
          options={[
            { value: "", label: "Any kind" },
            ...CLAIM_KINDS.map((kind) => ({ value: kind, label: CLAIM_KIND_LABELS[kind] })),
          ]}
        />
        <Filter
          field="order"
          {...state}
          options={[
            { value: "", label: "Newest first" },
            { value: "relevance", label: "Best matches first" },
          ]}
        />
        <Filter field="from" type="date" {...state} />
        <Filter field="to" type="date" {...state} />
        <Filter field="outlet" {...state} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass}>
          Apply filters
        </button>
        <a href="/ledger" className="text-sm text-sky-800 underline">
          Clear all
        </a>
      </div>
    </form>
  );
}
