import { Form, Link } from "@remix-run/react";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, CLAIM_STATE_LABELS, CLAIM_STATES } from "~/domain/claim-states";
import { QUEUE_SORT_LABELS, QUEUE_SORTS, type QueueFilters, queueAddress } from "~/domain/schemas/queue";
import { secondaryButtonClass } from "./form-field";

interface Option {
  id: string | number;
  name: string;
}

export interface QueueFilterOptions {
  people: Option[];
  speakers: Option[];
  articles: Option[];
}

const selectClass = "mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";

function FilterSelect(props: {
  label: string;
  name: string;
  value: string | number | null;
  anyLabel?: string;
  options: Option[];
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={`filter-${props.name}`} className="block text-xs font-medium text-stone-600">
        {props.label}
      </label>
      <select id={`filter-${props.name}`} name={props.name} defaultValue={props.value ?? ""} className={selectClass}>
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

/** The queue's filters and order as a GET form: the view lives in the address and works without JavaScript. */
export function QueueFilterForm({ filters, options }: { filters: QueueFilters; options: QueueFilterOptions }) {
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
        <FilterSelect
          label="Assignee"
          name="assignee"
          value={filters.assignee}
          anyLabel="Anyone"
          options={options.people}
        />
        <FilterSelect
          label="Speaker"
          name="speaker"
          value={filters.speaker}
          anyLabel="Any speaker"
          options={options.speakers}
        />
        <FilterSelect
          label="Article"
          name="article"
          value={filters.article}
          anyLabel="Any article"
          options={options.articles}
        />
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
