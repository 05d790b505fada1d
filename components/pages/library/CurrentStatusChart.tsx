/** Bar chart: how many recommendations are at each status now. Every bar carries its status and count as text. */
import { STATUSES, type Status } from '../../../utils/shared/vocabulary';
import { linearScale } from '../../../utils/extension/library/chart-scale';
import { formatDate } from '../../../utils/shared/format-date';
import { statusFillStyle } from '../../../utils/extension/library/status-chart-colours';
import { statusLabel } from '../../../utils/shared/status-labels';
import { ChartFigure } from './ChartFigure';

export interface CurrentStatusChartProps {
  counts: Record<Status, number>;
  total: number;
  asOf: string;
}

export function CurrentStatusChart({ counts, total, asOf }: CurrentStatusChartProps) {
  const rowHeight = 30;
  const labelWidth = 170;
  const width = 640;
  const height = STATUSES.length * rowHeight + 8;
  const max = Math.max(1, ...Object.values(counts));
  const barWidth = linearScale([0, max], [0, width - labelWidth - 50]);
  const description = STATUSES.map((status) => `${statusLabel(status).label}: ${counts[status]}`).join('; ');
  return (
    <ChartFigure
      id="chart-now"
      width={width}
      height={height}
      title={`Recommendations by status as of ${formatDate(asOf)} (${total} in all)`}
      description={description}
      caption={
        <figcaption>
          Where the {total} recommendations stand as of {formatDate(asOf)}, by status (each bar is labelled with its
          status and count).
        </figcaption>
      }
    >
      {STATUSES.map((status, row) => {
        const y = row * rowHeight + 4;
        return (
          <g key={status}>
            <text x={labelWidth - 8} y={y + rowHeight / 2} class="lens-chart-label" text-anchor="end" dy="0.35em">
              {statusLabel(status).label}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={Math.max(counts[status] > 0 ? 2 : 0, barWidth(counts[status]))}
              height={rowHeight - 8}
              class="lens-chart-fill"
              style={statusFillStyle(status)}
            />
            <text
              x={labelWidth + barWidth(counts[status]) + 6}
              y={y + rowHeight / 2}
              class="lens-chart-label lens-chart-count"
              dy="0.35em"
            >
              {counts[status]}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
