import { compareFigures } from "~/domain/figure-comparison";
import { formatDay, formatFigure } from "~/domain/format";
import { publishedClaimWords } from "~/domain/ledger/claim-wording";
import type { PublishedDocument, PublishedVerdict } from "~/domain/ledger/published-document";
import { SOURCE_KIND_LABELS } from "~/domain/sources";
import { ClaimWords } from "./claim-words";
import { DateText } from "./date-text";
import { LedgerVerdictBadge } from "./ledger-verdict-badge";
import { QuoteComparison } from "./quote-comparison";
import { useTimeZone } from "./use-time-zone";

const EXTERNAL = "nofollow noopener noreferrer";

/** The record's headings and their ids where it is shown: as the ledger's claim page, or inside a
 *  staff page (the publication preview), below that page's own headings and beside its own ids. */
export type RecordPlacement = "page" | "preview";

interface Headings {
  title: "h1" | "h3";
  section: "h2" | "h4";
  quoteCheck: 3 | 5;
  id: (name: string) => string;
}

const HEADINGS: Record<RecordPlacement, Headings> = {
  page: { title: "h1", section: "h2", quoteCheck: 3, id: (name) => `${name}-heading` },
  preview: { title: "h3", section: "h4", quoteCheck: 5, id: (name) => `preview-${name}-heading` },
};

function Rationale({ html }: { html: string }) {
  if (!html) return null;
  return (
    <div
      className="mt-3 space-y-3 text-stone-800 [&_a]:text-sky-800 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by renderMarkdown on the server
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function Figures({ figures, headings }: { figures: NonNullable<PublishedDocument["figures"]>; headings: Headings }) {
  const Heading = headings.section;
  const timeZone = useTimeZone();
  const { claimed, reference } = figures;
  const comparison = claimed.value === null ? null : compareFigures(claimed.value, reference.value);
  return (
    <section aria-labelledby={headings.id("figures")} className="mt-8">
      <Heading id={headings.id("figures")} className="font-serif text-xl font-bold">
        The figure
      </Heading>
      <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div className="rounded border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">Claimed</dt>
          <dd className="text-xl font-semibold">
            {claimed.value === null ? "—" : formatFigure(claimed.value)} {claimed.unit ?? ""}
          </dd>
        </div>
        <div className="rounded border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">
            Reference{reference.asOf ? `, as of ${formatDay(reference.asOf, timeZone)}` : ""}
          </dt>
          <dd className="text-xl font-semibold">
            {formatFigure(reference.value)} {reference.unit ?? ""}
          </dd>
          {reference.source ? (
            <dd className="mt-1 text-sm">
              <a href={reference.source.url} rel={EXTERNAL} className="text-sky-800 underline">
                {reference.source.title}
              </a>
            </dd>
          ) : null}
        </div>
        <div className="rounded border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">Difference</dt>
          <dd className="text-xl font-semibold">{comparison?.label ?? "—"}</dd>
        </div>
      </dl>
      {reference.passage ? (
        <figure className="mt-3 text-sm">
          <figcaption className="text-stone-600">The source says:</figcaption>
          <blockquote className="mt-1 border-l-4 border-stone-300 pl-3">{reference.passage}</blockquote>
        </figure>
      ) : null}
    </section>
  );
}

function Sources({ sources, headings }: { sources: PublishedDocument["sources"]; headings: Headings }) {
  const Heading = headings.section;
  const timeZone = useTimeZone();
  return (
    <section aria-labelledby={headings.id("sources")} className="mt-8">
      <Heading id={headings.id("sources")} className="font-serif text-xl font-bold">
        Sources
      </Heading>
      <ol className="mt-3 space-y-4">
        {sources.map((source) => (
          <li key={source.url} className="rounded border border-stone-200 bg-white p-3">
            <a href={source.url} rel={EXTERNAL} className="font-medium text-sky-800 underline">
              {source.title}
            </a>
            <p className="text-sm text-stone-600">
              {[
                source.publisher,
                SOURCE_KIND_LABELS[source.kind],
                source.accessedOn ? `accessed ${formatDay(source.accessedOn, timeZone)}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {source.passage ? (
              <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-stone-800">{source.passage}</blockquote>
            ) : null}
            {source.quoteCheck ? (
              <QuoteComparison check={source.quoteCheck} headingLevel={headings.quoteCheck} />
            ) : null}
            <p className="mt-2 text-sm text-stone-600">
              {source.capturedAt ? (
                <span title={source.capturedSha256 ? `SHA-256 ${source.capturedSha256}` : undefined}>
                  Captured on {formatDay(source.capturedAt, timeZone)}
                </span>
              ) : null}
              {source.archiveUrl ? (
                <>
                  {source.capturedAt ? " · " : null}
                  <a href={source.archiveUrl} rel={EXTERNAL} className="text-sky-800 underline">
                    Archived copy
                  </a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function History({
  current,
  corrections,
  headings,
}: {
  current: PublishedVerdict;
  corrections: { verdict: PublishedVerdict; rationaleHtml: string }[];
  headings: Headings;
}) {
  const Heading = headings.section;
  const timeZone = useTimeZone();
  return (
    <section aria-labelledby={headings.id("history")} className="mt-8">
      <Heading id={headings.id("history")} className="font-serif text-xl font-bold">
        Corrections
      </Heading>
      {current.correctionNote ? (
        <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <strong>Corrected on {formatDay(current.publishedAt, timeZone)}:</strong> {current.correctionNote}
        </p>
      ) : null}
      <ol className="mt-3 space-y-4">
        {corrections.map(({ verdict, rationaleHtml }) => (
          <li key={verdict.number} className="rounded border border-stone-200 bg-white p-3">
            <p className="text-sm text-stone-600">
              Earlier verdict, published {formatDay(verdict.publishedAt, timeZone)}
              {verdict.correctionNote ? ` (correction: ${verdict.correctionNote})` : ""}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <LedgerVerdictBadge label={verdict.rating.label} colour={verdict.rating.colour} />
              <span>{verdict.summary}</span>
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-sky-800">Its rationale</summary>
              <Rationale html={rationaleHtml} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Repeats({ repeats, headings }: { repeats: PublishedDocument["repeats"]; headings: Headings }) {
  const Heading = headings.section;
  const timeZone = useTimeZone();
  return (
    <section aria-labelledby={headings.id("repeats")} className="mt-8">
      <Heading id={headings.id("repeats")} className="font-serif text-xl font-bold">
        Repeated
      </Heading>
      <p className="mt-2 text-stone-700">
        We found this claim said {repeats.count} other {repeats.count === 1 ? "time" : "times"}.
      </p>
      {repeats.appearances.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {repeats.appearances.map((appearance) => (
            <li key={appearance.slug}>
              <a href={`/ledger/${appearance.slug}`} className="text-sky-800 underline">
                {[
                  appearance.speakerName,
                  appearance.outlet,
                  appearance.saidOn ? formatDay(appearance.saidOn, timeZone) : null,
                ]
                  .filter(Boolean)
                  .join(", ") || appearance.articleTitle}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** Everything readers may know about one published claim. */
export function LedgerClaimRecord({
  document,
  underReview,
  ratingColour,
  rationaleHtml,
  corrections,
  newsroomName,
  placement = "page",
}: {
  document: PublishedDocument;
  underReview: boolean;
  ratingColour: string;
  rationaleHtml: string;
  corrections: { verdict: PublishedVerdict; rationaleHtml: string }[];
  newsroomName: string;
  placement?: RecordPlacement;
}) {
  const timeZone = useTimeZone();
  const headings = HEADINGS[placement];
  const Title = headings.title;
  const Heading = headings.section;
  const { verdict, article, speaker, context, dates } = document;
  return (
    <>
      {underReview ? (
        <p role="status" className="mt-4 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
          <strong>Under review.</strong> We are checking this verdict again. It stays here as published until the review
          is finished; any correction will be shown below.
        </p>
      ) : null}
      <Title className="mt-4 font-serif text-2xl font-bold sm:text-3xl">
        <ClaimWords claim={publishedClaimWords(document)} />
      </Title>
      <p className="mt-2 text-stone-700">
        {speaker ? (
          <a href={`/ledger/speakers/${speaker.slug}`} className="font-medium text-sky-800 underline">
            {speaker.name}
          </a>
        ) : (
          "Unattributed"
        )}
        {speaker?.title ? `, ${speaker.title}` : ""}
        {dates.said ? `, ${formatDay(dates.said, timeZone)}` : ""}
        {" — "}
        {article.url ? (
          <a href={article.url} rel={EXTERNAL} className="text-sky-800 underline">
            {article.outlet ?? article.title}
          </a>
        ) : (
          (article.outlet ?? article.title)
        )}
      </p>
      {context.paragraph ? (
        <blockquote className="mt-4 border-l-4 border-stone-300 bg-white p-3 text-stone-700">
          {context.paragraph.before}
          <mark className="bg-yellow-100 text-inherit">{context.paragraph.claim}</mark>
          {context.paragraph.after}
        </blockquote>
      ) : null}
      <section aria-labelledby={headings.id("verdict")} className="mt-6 rounded border border-stone-200 bg-white p-4">
        <Heading id={headings.id("verdict")} className="text-sm font-semibold uppercase tracking-wide text-stone-600">
          {newsroomName}’s verdict
        </Heading>
        <p className="mt-2">
          <LedgerVerdictBadge label={verdict.rating.label} colour={ratingColour} large />
        </p>
        <p className="mt-3 text-lg font-medium">{verdict.summary}</p>
        <Rationale html={rationaleHtml} />
      </section>
      {document.figures ? <Figures figures={document.figures} headings={headings} /> : null}
      {document.sources.length > 0 ? <Sources sources={document.sources} headings={headings} /> : null}
      {verdict.correctionNote || corrections.length > 0 ? (
        <History current={verdict} corrections={corrections} headings={headings} />
      ) : null}
      {document.repeats.count > 0 ? <Repeats repeats={document.repeats} headings={headings} /> : null}
      <section aria-labelledby={headings.id("dates")} className="mt-8">
        <Heading id={headings.id("dates")} className="font-serif text-xl font-bold">
          Dates
        </Heading>
        <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
          {(
            [
              ["Said", dates.said],
              ["Checked", dates.checked],
              ["Published", dates.published],
              ["Updated", dates.updated],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-stone-600">{label}</dt>
              <dd>{value ? <DateText value={value} /> : "—"}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
