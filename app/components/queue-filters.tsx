import { Form, Link, useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, CLAIM_STATE_LABELS, CLAIM_STATES } from "~/domain/claim-states";
import { formatCount } from "~/domain/format";
import type { NameFilterNoun, QueueNameFilter } from "~/domain/queue-name-filter";
import { QUEUE_SORT_LABELS, QUEUE_SORTS, type QueueFilters, queueAddress } from "~/domain/schemas/queue";
import type { loader as nameSuggestionsLoader } from "~/routes/queue.names";
import { secondaryButtonClass } from "./form-field";

interface Option {
  id: string | number;
  name: string;
}

const controlClass =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";
const labelClass = "block text-xs font-medium text-stone-600";

function FilterSelect(props: {
  label: string;
  name: string;
  value: string | number | null;
  anyLabel?: string;
  options: Option[];
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={`filter-${props.name}`} className={labelClass}>
        {props.label}
      </label>
      <select id={`filter-${props.name}`} name={props.name} defaultValue={props.value ?? ""} className={controlClass}>
        {props.anyLabel ? <option value="">{props.anyLabel}</option> : null}
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const NAME_FIELDS: Record<
  NameFilterNoun,
  {
    label: string;
    textName: "speakerName" | "articleTitle";
    idName: "speaker" | "article";
    plural: string;
    whatToType: string;
  }
> = {
  speaker: { label: "Speaker", textName: "speakerName", idName: "speaker", plural: "speakers", whatToType: "name" },
  article: { label: "Article", textName: "articleTitle", idName: "article", plural: "articles", whatToType: "title" },
};

/** A speaker or article filter: a text field showing the chosen one's name, whose id goes back hidden
 *  with the form, so the server tells a choice kept from new text (see domain/queue-name-filter). */
function NameFilterField({ noun, filter }: { noun: NameFilterNoun; filter: QueueNameFilter }) {
  const field = NAME_FIELDS[noun];
  const inputId = `filter-${field.textName}`;
  const text = filter.found === "chosen" ? filter.name : filter.found === "any" ? "" : filter.typed;
  const input = useRef<HTMLInputElement>(null);
  // After a link to another view (a choice, "Clear filters") the field shows that view's text, even
  // where the person had typed in it.
  useEffect(() => {
    if (input.current && input.current.value !== text) input.current.value = text;
  }, [text]);
  // With JavaScript the field suggests names as they are typed; the form works the same without.
  const suggestions = useFetcher<typeof nameSuggestionsLoader>();
  const suggestionsId = `${inputId}-suggestions`;
  const describedBy =
    filter.found === "none" ? `${inputId}-problem` : filter.found === "several" ? `${inputId}-choices` : undefined;
  return (
    <div className="min-w-0">
      <label htmlFor={inputId} className={labelClass}>
        {field.label}
      </label>
      {filter.found === "chosen" ? <input type="hidden" name={field.idName} value={filter.id} /> : null}
      <input
        ref={input}
        id={inputId}
        name={field.textName}
        type="text"
        defaultValue={text}
        placeholder={`Any ${noun}`}
        maxLength={200}
        autoComplete="off"
        list={suggestionsId}
        onChange={(event) => {
          const typed = event.currentTarget.value.trim();
          if (typed) suggestions.load(`/queue/names?${new URLSearchParams({ for: noun, q: typed })}`);
        }}
        aria-invalid={filter.found === "none" ? true : undefined}
        aria-describedby={describedBy}
        className={controlClass}
      />
      <datalist id={suggestionsId}>
        {suggestions.data?.names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {filter.found === "none" ? (
        <p id={describedBy} className="mt-1 text-xs font-medium text-red-700" role="alert">
          {filter.problem}
        </p>
      ) : null}
    </div>
  );
}

/** The speakers or articles typed text matched, each a link that filters by it. */
function NameChoices({
  noun,
  filter,
  filters,
}: {
  noun: NameFilterNoun;
  filter: QueueNameFilter;
  filters: QueueFilters;
}) {
  if (filter.found !== "several") return null;
  const field = NAME_FIELDS[noun];
  return (
    <div className="mt-3 text-sm">
      <p id={`filter-${field.textName}-choices`}>
        {formatCount(filter.choices.length + filter.more)} {field.plural} with open claims match “{filter.typed}”;
        choose one to filter by:
      </p>
      <ul aria-labelledby={`filter-${field.textName}-choices`} className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {filter.choices.map((choice) => (
          <li key={choice.id}>
            <Link
              to={queueAddress({ ...filters, [field.idName]: choice.id, [field.textName]: null })}
              className="text-sky-800 underline"
            >
              {choice.name}
            </Link>
          </li>
        ))}
      </ul>
      {filter.more > 0 ? (
        <p className="mt-1 text-stone-600">
          And {formatCount(filter.more)} more: type more of the {field.whatToType} to find them.
        </p>
      ) : null}
    </div>
  );
}

/** The queue's filters and order as a GET form: the view lives in the address and works without JavaScript. */
export function QueueFilterForm({
  filters,
  people,
  speaker,
  article,
}: {
  filters: QueueFilters;
  people: Option[];
  speaker: QueueNameFilter;
  article: QueueNameFilter;
}) {
  const labelled = <Value extends string>(values: readonly Value[], labels: Record<Value, string>) =>
    values.map((value) => ({ id: value, name: labels[value] }));
  return (
    <Form method="get" action="/queue" className="rounded border border-stone-200 bg-white p-3">
      <input type="hidden" name="tab" value={filters.tab} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <FilterSelect
          label="State"
          name="state"
          value={filters.state}
          anyLabel="Any state"
          options={labelled(CLAIM_STATES, CLAIM_STATE_LABELS)}
        />
        <FilterSelect label="Assignee" name="assignee" value={filters.assignee} anyLabel="Anyone" options={people} />
        <NameFilterField noun="speaker" filter={speaker} />
        <NameFilterField noun="article" filter={article} />
        <FilterSelect
          label="Kind"
          name="kind"
          value={filters.kind}
          anyLabel="Any kind"
          options={labelled(CLAIM_KINDS, CLAIM_KIND_LABELS)}
        />
        <FilterSelect
          label="Order"
          name="sort"
          value={filters.sort}
          options={labelled(QUEUE_SORTS, QUEUE_SORT_LABELS)}
        />
      </div>
      <NameChoices noun="speaker" filter={speaker} filters={filters} />
      <NameChoices noun="article" filter={article} filters={filters} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={secondaryButtonClass}>
          Apply filters
        </button>
        <Link to={queueAddress({ tab: filters.tab, sort: filters.sort })} className="text-sm text-sky-800 underline">
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
