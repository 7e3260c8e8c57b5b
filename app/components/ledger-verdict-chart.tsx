import { formatCount } from "~/domain/format";
import { CHART_BAR_HEIGHT, CHART_WIDTH, type ChartCount, verdictChart } from "~/domain/ledger/verdict-chart";

/** A bar per rating with its count and share: plain SVG, readable without JavaScript, scaled to the
 *  screen's width; the title and description give screen readers the same figures. */
export function LedgerVerdictChart({ counts, title }: { counts: readonly ChartCount[]; title: string }) {
  const { rows, total, height } = verdictChart(counts);
  const description =
    total === 0
      ? "No published verdicts yet."
      : rows.map((row) => `${row.label}: ${row.caption.replace(" · ", ", ")}`).join("; ");
  const id = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <figure className="max-w-md">
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {rows.map((row) => (
          <g key={row.ratingId}>
            <text x={0} y={row.labelY} fontSize={13} fill="#1c1917">
              {row.label}
            </text>
            <text x={CHART_WIDTH} y={row.labelY} fontSize={13} fill="#44403c" textAnchor="end">
              {row.caption}
            </text>
            <rect x={0} y={row.barY} width={CHART_WIDTH} height={CHART_BAR_HEIGHT} rx={2} fill="#e7e5e4" />
            <rect x={0} y={row.barY} width={row.barWidth} height={CHART_BAR_HEIGHT} rx={2} fill={row.colour} />
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 text-sm text-stone-600">
        {formatCount(total)} published {total === 1 ? "verdict" : "verdicts"}
      </figcaption>
    </figure>
  );
}
