import type { ReactNode } from "react";
import {
  type PublishedQuoteCheck,
  QUOTE_FINDING_LABELS,
  type QuoteFinding,
  type QuoteSegment,
} from "~/domain/quote-fidelity/check";

const FINDING_STYLE: Record<QuoteFinding, string> = {
  verbatim: "border-emerald-300 bg-emerald-50 text-emerald-900",
  minor: "border-sky-300 bg-sky-50 text-sky-900",
  changed: "border-red-300 bg-red-50 text-red-900",
  left_out: "border-amber-300 bg-amber-50 text-amber-900",
  not_found: "border-stone-300 bg-stone-100 text-stone-900",
};

const hidden = (text: string) => <span className="sr-only">{text}</span>;
const delClass = "bg-red-50 text-red-900 line-through decoration-2";
const insClass = "bg-emerald-50 text-emerald-900 underline decoration-2 underline-offset-2";
const minorClass = "underline decoration-dotted decoration-2 underline-offset-2";

function quoteSide(segment: QuoteSegment): ReactNode {
  switch (segment.op) {
    case "same":
      return segment.quote;
    case "minor":
      return segment.quote ? <span className={minorClass}>{segment.quote}</span> : null;
    case "changed":
    case "added":
      return (
        <ins className={insClass}>
          {hidden(segment.op === "changed" ? "changed: " : "added: ")}
          {segment.quote}
        </ins>
      );
    case "dropped":
    case "left_out":
    case "gap":
      return (
        <span className="font-sans text-stone-600">
          […]{hidden(segment.op === "gap" ? " (joined from another place)" : " (words left out)")}
        </span>
      );
  }
}

function sourceSide(segment: QuoteSegment): ReactNode {
  switch (segment.op) {
    case "same":
      return segment.source;
    case "minor":
      return <span className={minorClass}>{segment.source}</span>;
    case "changed":
    case "dropped":
    case "left_out":
      return segment.source ? (
        <del className={delClass}>
          {hidden(segment.op === "changed" ? "the source says: " : "left out of the quote: ")}
          {segment.source}
        </del>
      ) : null;
    case "added":
      return null;
    case "gap":
      return <span className="font-sans text-stone-600 italic">[… {segment.source} …]</span>;
  }
}

function joined(segments: QuoteSegment[], side: (segment: QuoteSegment) => ReactNode): ReactNode[] {
  const parts = segments.map(side).filter((part) => part !== null && part !== "");
  return parts
    .flatMap((part, index) => (index === 0 ? [part] : [" ", part]))
    .map((part, index) => (
      // The segments never reorder, so their place is their identity.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      <span key={index}>{part}</span>
    ));
}

/**
 * The quote and the passage it was found in, side by side (stacked on a narrow screen), with what
 * differs marked in the text itself: struck through where the source has words the quote does not,
 * underlined where the quote has words the source does not, dotted for a minor difference.
 */
export function QuoteComparison({ check, headingLevel = 4 }: { check: PublishedQuoteCheck; headingLevel?: 3 | 4 | 5 }) {
  const Heading = `h${headingLevel}` as const;
  const first = check.passages[0];
  const last = check.passages.at(-1);
  const times = check.passages.map((passage) => passage.time).filter((time): time is string => time !== null);
  return (
    <section aria-label="Quote check" className="mt-2 space-y-2 rounded border border-stone-200 p-3 text-sm">
      <Heading className={`rounded border px-2 py-1 font-semibold ${FINDING_STYLE[check.finding]}`}>
        Quote check: {QUOTE_FINDING_LABELS[check.finding]}
      </Heading>
      <p>{check.summary}</p>
      {times.length > 0 ? (
        <p>
          Said at
          {times.map((time, index) => (
            <span key={time}>
              {index > 0 ? " and " : null}
              <time className="font-mono">{time}</time>
            </span>
          ))}{" "}
          in the recording.
        </p>
      ) : null}
      {first && last ? (
        <div className="grid gap-3 md:grid-cols-2">
          <figure>
            <figcaption className="font-medium">The quote</figcaption>
            <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 font-serif">
              {joined(check.segments, quoteSide)}
            </blockquote>
          </figure>
          <figure>
            <figcaption className="font-medium">
              The source{check.passages.length > 1 ? ` (${check.passages.length} passages)` : ""}
            </figcaption>
            <div className="mt-1 space-y-1 border-l-4 border-stone-300 pl-3 font-serif">
              {first.before ? (
                <p className="text-stone-600">
                  {hidden("Before the passage: ")}
                  {first.before}
                </p>
              ) : null}
              <blockquote className="font-semibold">{joined(check.segments, sourceSide)}</blockquote>
              {last.after ? (
                <p className="text-stone-600">
                  {hidden("After the passage: ")}
                  {last.after}
                </p>
              ) : null}
            </div>
          </figure>
        </div>
      ) : null}
      {check.changes.length > 0 ? (
        <div>
          <p className="font-medium">Words changed:</p>
          <ul className="list-disc pl-5">
            {check.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {check.omitted.length > 0 ? (
        <div>
          <p className="font-medium">Left out:</p>
          <ul className="list-disc pl-5">
            {check.omitted.map((omitted) => (
              <li key={omitted}>{omitted}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {first ? (
        <p className="text-xs text-stone-600">
          Struck through: in the source, not in the quote. Underlined: in the quote, not in the source. Dotted: the same
          words with other punctuation, case or spelling, or filler words.
        </p>
      ) : null}
    </section>
  );
}
