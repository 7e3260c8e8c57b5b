import { Form, Link } from "@remix-run/react";
import { buttonClass } from "./form-field";

/** A search box over a desk list: a plain GET form, so it works without JavaScript and the address
 *  keeps the search (paging links carry it on). `keep` holds other parameters the list is narrowed by. */
export function ListSearch({
  label,
  placeholder,
  q,
  keep = {},
}: {
  label: string;
  placeholder: string;
  q: string | undefined;
  keep?: Record<string, string | number | undefined>;
}) {
  const kept = Object.entries(keep).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  const clearTo = kept.length > 0 ? `?${new URLSearchParams(kept.map(([name, value]) => [name, String(value)]))}` : ".";
  return (
    <Form method="get" role="search" className="mt-4">
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="list-q" className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="list-q"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder={placeholder}
          maxLength={200}
          className="block min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2 text-base shadow-sm"
        />
        <button type="submit" className={buttonClass}>
          Search
        </button>
        {q ? (
          <Link to={clearTo} className="self-center text-sm text-sky-800 underline">
            Clear search
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

/** The address of a list's next page: its search and narrowing kept, the cursor added. */
export function nextPageHref(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).flatMap(([name, value]) =>
    value === undefined || value === "" ? [] : [[name, String(value)]],
  );
  return `?${new URLSearchParams(entries)}`;
}
