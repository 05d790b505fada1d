/** Small helpers for the library's hand-drawn SVG charts: mapping dates and counts to pixels, and axis ticks. */

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 for an ISO date, read as a calendar date (no time zone shifts). */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(year!, (month ?? 1) - 1, day ?? 1) / DAY_MS);
}

export function linearScale(
  [domainStart, domainEnd]: readonly [number, number],
  [rangeStart, rangeEnd]: readonly [number, number],
): (value: number) => number {
  const span = domainEnd - domainStart || 1;
  return (value) => rangeStart + ((value - domainStart) / span) * (rangeEnd - rangeStart);
}

/** 1 January of every year strictly inside (start, end]. */
export function yearStarts(start: string, end: string): string[] {
  const ticks: string[] = [];
  for (let year = Number(start.slice(0, 4)) + 1; year <= Number(end.slice(0, 4)); year += 1) {
    const tick = `${year}-01-01`;
    if (tick > start && tick <= end) ticks.push(tick);
  }
  return ticks;
}

/** Evenly spaced round numbers from 0 up to at least `max` (about `count` steps: 1, 2, 5, 10, 20, 25, 50…). */
export function countTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  const wholeStep = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let value = 0; value < max + wholeStep; value += wholeStep) {
    ticks.push(value);
    if (value >= max) break;
  }
  return ticks;
}
