/** Statistics, budgets and the markdown table of `npm run bench`. */

export interface Stats {
  median: number;
  min: number;
  max: number;
  count: number;
}

/** Rounds to 0.1. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function kb(bytes: number): number {
  return round1(bytes / 1024);
}

/** Median, min and max of the defined values (rounded to 0.1); undefined when there are none. */
export function stats(values: readonly (number | undefined)[]): Stats | undefined {
  const sorted = values.filter((value): value is number => value !== undefined).sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return undefined;
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median: round1(median), min: round1(sorted[0] ?? 0), max: round1(sorted[count - 1] ?? 0), count };
}

export const BUDGETS = {
  initialJsKbGzip: 120,
  firstVisitMs: 3000,
  repeatVisitOfflineMs: 1000,
  lessonOpenMs: 200,
  /** All course audio, both speeds (issue: audio budgets). */
  audioTotalMb: 60,
  /** A clip on the device starts playing within this time of the tap. */
  audioStartMs: 150,
} as const;

export type BudgetName = keyof typeof BUDGETS;

/** A row of the table: value text, budget text, verdict. */
export interface Row {
  metric: string;
  value: string;
  budget: string;
  ok: string;
}

export function verdict(value: number | undefined, budget: number | undefined): string {
  if (budget === undefined) return '—';
  if (value === undefined) return 'not measured';
  return value <= budget ? 'yes' : '**NO**';
}

export function markdownTable(rows: readonly Row[]): string {
  const header = ['metric', 'value', 'budget', 'ok'];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.metric} | ${row.value} | ${row.budget} | ${row.ok} |`),
  ];
  return `${lines.join('\n')}\n`;
}
