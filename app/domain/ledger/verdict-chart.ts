import { formatCount } from "~/domain/format";
// The verdict chart's geometry: one row per rating with its label and count over a bar whose length
// is the rating's share of the claims. Pure numbers, so the SVG component only draws.

export interface ChartCount {
  ratingId: number;
  label: string;
  colour: string;
  count: number;
}

export interface ChartRow extends ChartCount {
  share: number;
  /** "42 · 12%" */
  caption: string;
  labelY: number;
  barY: number;
  barWidth: number;
}

export const CHART_WIDTH = 320;
export const ROW_HEIGHT = 38;
const BAR_HEIGHT = 14;
const LABEL_TO_BAR = 6;
const TOP = 14;

export function percentLabel(share: number): string {
  if (share === 0) return "0%";
  const percent = share * 100;
  return percent < 1 ? "<1%" : `${Math.round(percent)}%`;
}

export function verdictChart(counts: readonly ChartCount[]): { rows: ChartRow[]; total: number; height: number } {
  const total = counts.reduce((sum, each) => sum + each.count, 0);
  const rows = counts.map((each, index) => {
    const share = total === 0 ? 0 : each.count / total;
    const labelY = TOP + index * ROW_HEIGHT;
    return {
      ...each,
      share,
      caption: `${formatCount(each.count)} · ${percentLabel(share)}`,
      labelY,
      barY: labelY + LABEL_TO_BAR,
      // A rating with claims always shows a sliver, however small its share.
      barWidth: each.count === 0 ? 0 : Math.max(2, Math.round(share * CHART_WIDTH)),
    };
  });
  return { rows, total, height: TOP + counts.length * ROW_HEIGHT - (ROW_HEIGHT - LABEL_TO_BAR - BAR_HEIGHT) };
}

export const CHART_BAR_HEIGHT = BAR_HEIGHT;
