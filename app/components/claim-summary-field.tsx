import { useState } from "react";

interface SummaryFieldProps {
  defaultValue: string;
  /** The server's limit (its schema checks it again). */
  maxLength: number;
  error: string | undefined;
}

/** The verdict's short summary with a count of characters left; the limit itself holds without
 *  JavaScript too (maxLength, and the server checks again). */
export function SummaryField({ defaultValue, maxLength, error }: SummaryFieldProps) {
  const [length, setLength] = useState(defaultValue.length);
  const left = maxLength - length;
  return (
    <div>
      <label htmlFor="verdict-summary" className="block text-sm font-medium">
        Summary
      </label>
      <textarea
        id="verdict-summary"
        name="summary"
        required
        rows={3}
        maxLength={maxLength}
        defaultValue={defaultValue}
        onChange={(event) => setLength(event.currentTarget.value.length)}
        aria-invalid={error ? true : undefined}
        aria-describedby="verdict-summary-count"
        className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
      />
      <p id="verdict-summary-count" className={`mt-1 text-sm ${left < 20 ? "text-amber-800" : "text-stone-500"}`}>
        {length}/{maxLength} characters
      </p>
      {error ? <p className="mt-1 text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}
