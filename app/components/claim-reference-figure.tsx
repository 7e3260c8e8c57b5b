import { Form } from "@remix-run/react";
import type { ClaimPageData } from "~/.server/claims/claim-page";
import { formatFigure } from "~/domain/format";
import type { FormDraft } from "./claim-draft";
import { secondaryButtonClass } from "./form-field";

const controlClass =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";

interface ClaimReferenceFigureProps {
  claim: Pick<ClaimPageData["claim"], "value" | "unit" | "qualifier">;
  reference: ClaimPageData["reference"];
  figuresInSources: ClaimPageData["figuresInSources"];
  sources: Pick<ClaimPageData["sources"][number], "id" | "title">[];
  version: number;
  lockedReason: string | null;
  draft: FormDraft | null;
}

const withUnit = (value: number, unit: string | null) => `${formatFigure(value)}${unit ? ` ${unit}` : ""}`;

/** A numeric claim checked as a number: the claimed figure against the reference figure and its source. */
export function ClaimReferenceFigure({
  claim,
  reference,
  figuresInSources,
  sources,
  version,
  lockedReason,
  draft,
}: ClaimReferenceFigureProps) {
  const values = draft?.values;
  const error = (name: string) => draft?.errors[name];
  const field = (name: string) => ({
    id: `reference-${name}`,
    name,
    "aria-invalid": error(name) ? true : undefined,
    className: controlClass,
  });
  return (
    <section
      id="reference"
      aria-labelledby="reference-heading"
      className="rounded border border-stone-200 bg-white p-4"
    >
      <h2 id="reference-heading" className="font-semibold">
        Reference figure
      </h2>
      <p className="mt-2 text-sm" data-testid="figure-comparison">
        Claimed{" "}
        <strong>
          {claim.value === null
            ? "—"
            : `${claim.qualifier ? `${claim.qualifier} ` : ""}${withUnit(claim.value, claim.unit)}`}
        </strong>
        {reference ? (
          <>
            {" · "}Reference <strong>{withUnit(reference.value, reference.unit)}</strong>
            {reference.asOf ? ` as of ${reference.asOf}` : ""}
            {reference.source ? ` (${reference.source.title})` : ""}
            {reference.comparison ? (
              <>
                {" · "}
                <strong>{reference.comparison.label}</strong>
              </>
            ) : null}
          </>
        ) : (
          " · no reference figure yet"
        )}
      </p>
      {reference?.passage ? (
        <figure className="mt-2 text-sm">
          <figcaption className="text-stone-600">Taken from this sentence of the source:</figcaption>
          <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 italic" data-testid="reference-passage">
            {reference.passage}
          </blockquote>
        </figure>
      ) : null}
      <FiguresInSources
        figuresInSources={figuresInSources}
        reference={reference}
        version={version}
        lockedReason={lockedReason}
      />
      {lockedReason ? null : (
        <Form method="post" className="mt-3 grid gap-3 sm:grid-cols-2" key={`reference-${version}`}>
          <input type="hidden" name="intent" value="reference" />
          <input type="hidden" name="version" value={version} />
          <div>
            <label htmlFor="reference-value" className="block text-sm font-medium">
              Reference value
            </label>
            <input
              type="number"
              step="any"
              defaultValue={values ? values.value : (reference?.value ?? "")}
              {...field("value")}
            />
          </div>
          <div>
            <label htmlFor="reference-unit" className="block text-sm font-medium">
              Unit
            </label>
            <input maxLength={50} defaultValue={values ? values.unit : (reference?.unit ?? "")} {...field("unit")} />
          </div>
          <div>
            <label htmlFor="reference-asOf" className="block text-sm font-medium">
              As of
            </label>
            <input type="date" defaultValue={values ? values.asOf : (reference?.asOf ?? "")} {...field("asOf")} />
          </div>
          <div>
            <label htmlFor="reference-sourceId" className="block text-sm font-medium">
              From source
            </label>
            <select
              defaultValue={values ? values.sourceId : String(reference?.source?.id ?? "")}
              {...field("sourceId")}
            >
              <option value="">No source yet</option>
              {sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </select>
          </div>
          {draft && Object.keys(draft.errors).length > 0 ? (
            <p className="text-sm font-medium text-red-700 sm:col-span-2">{Object.values(draft.errors).join(" ")}</p>
          ) : null}
          <div className="sm:col-span-2">
            <button type="submit" className={secondaryButtonClass}>
              Save reference figure
            </button>
          </div>
        </Form>
      )}
    </section>
  );
}

/** The figures the captured sources give for what the claim counts, each a one-click reference figure. */
function FiguresInSources({
  figuresInSources,
  reference,
  version,
  lockedReason,
}: Pick<ClaimReferenceFigureProps, "figuresInSources" | "reference" | "version" | "lockedReason">) {
  if (figuresInSources.length === 0) return null;
  return (
    <div className="mt-4" data-testid="figures-in-sources">
      <h3 className="text-sm font-semibold">Figures in the sources</h3>
      {figuresInSources.map((source) => (
        <div key={source.sourceId} className="mt-2">
          <p className="text-sm text-stone-600">{source.title}</p>
          <ul className="mt-1 space-y-2">
            {source.figures.map((figure) => {
              const current =
                reference?.source?.id === source.sourceId &&
                reference.value === figure.value &&
                reference.passage === figure.sentence;
              return (
                <li
                  key={figure.start}
                  className="flex flex-wrap items-start justify-between gap-2 rounded border border-stone-200 p-2 text-sm"
                >
                  <div className="min-w-0 flex-1">
                    <strong>{withUnit(figure.value, figure.unit)}</strong>
                    {figure.unitCarried ? <span className="text-stone-500"> (unit from the figure before)</span> : null}
                    <p className="mt-1 text-stone-700">{figure.sentence}</p>
                  </div>
                  {current ? (
                    <span className="text-emerald-800">The reference figure</span>
                  ) : lockedReason ? null : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="reference-from-source" />
                      <input type="hidden" name="version" value={version} />
                      <input type="hidden" name="sourceId" value={source.sourceId} />
                      <input type="hidden" name="figureAt" value={figure.start} />
                      <button type="submit" className={secondaryButtonClass}>
                        Use {formatFigure(figure.value)} as the reference
                      </button>
                    </Form>
                  )}
                </li>
              );
            })}
          </ul>
          {source.more > 0 ? (
            <p className="mt-1 text-sm text-stone-600">
              and {source.more} more {source.more === 1 ? "figure" : "figures"} further from the claimed one
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
