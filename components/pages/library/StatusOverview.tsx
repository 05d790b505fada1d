/**
 * The library's overview: how many recommendations are at each status now, and when they reached it. Two
 * hand-drawn SVG charts (no chart library: bars and steps are a few rectangles), each with a caption that says
 * what the data can and cannot show, and the numbers in text for anyone who cannot see the charts.
 */
import type { DatasetRecord } from '../../../data/schema';
import { currentStatusCounts } from '../../../utils/extension/library/status-history';
import { CurrentStatusChart } from './CurrentStatusChart';
import { StatusHistoryChart } from './StatusHistoryChart';

export interface StatusOverviewProps {
  records: readonly DatasetRecord[];
  /** The dataset's as-of date: the charts end there. */
  asOf: string;
}

export function StatusOverview({ records, asOf }: StatusOverviewProps) {
  const counts = currentStatusCounts(records);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return (
    <section aria-labelledby="overview-heading" class="lens-overview">
      <h3 id="overview-heading">Status charts</h3>
      <div class="lens-chart-grid-layout">
        <CurrentStatusChart counts={counts} total={total} asOf={asOf} />
        <StatusHistoryChart records={records} asOf={asOf} />
      </div>
    </section>
  );
}
