/**
 * Stacked step chart: how many recommendations stood at each status over time, from each record's status history
 * (see utils/extension/library/status-history.ts); the numbers are also given as a table.
 */
import type { DatasetRecord } from '../../../data/schema';
import { STATUSES, type Status } from '../../../utils/shared/vocabulary';
import { countTicks, dayNumber, linearScale, yearStarts } from '../../../utils/extension/library/chart-scale';
import { formatDate } from '../../../utils/shared/format-date';
import { statusFillStyle } from '../../../utils/extension/library/status-chart-colours';
import { statusLabel } from '../../../utils/shared/status-labels';
import {
  RESPONSE_PUBLISHED,
  REVIEW_PUBLISHED,
  statusHistory,
  type StatusHistoryPoint,
} from '../../../utils/extension/library/status-history';
import { ChartFigure } from './ChartFigure';

const NOT_RECORDED_LABEL = 'No government position yet';

function Swatch({ status }: { status: Status | null }) {
  return status ? (
    <span class="lens-swatch" style={statusFillStyle(status)} aria-hidden="true" />
  ) : (
    <span class="lens-swatch lens-swatch--not-recorded" aria-hidden="true" />
  );
}

const HISTORY_STACK: (Status | null)[] = [...STATUSES, null];

function stackHeights(point: StatusHistoryPoint): { status: Status | null; count: number }[] {
  return HISTORY_STACK.map((status) => ({ status, count: status ? point.counts[status] : point.noPosition }));
}

export function StatusHistoryChart({ records, asOf }: { records: readonly DatasetRecord[]; asOf: string }) {
  const history = statusHistory(records, REVIEW_PUBLISHED, asOf);
  const width = 720;
  const height = 300;
  const margin = { left: 44, right: 16, top: 24, bottom: 40 };
  const x = linearScale([dayNumber(REVIEW_PUBLISHED), dayNumber(asOf)], [margin.left, width - margin.right]);
  const yTicks = countTicks(history.total);
  const y = linearScale([0, yTicks.at(-1) ?? 1], [height - margin.bottom, margin.top]);
  const segments = history.points.slice(0, -1).map((point, index) => ({
    point,
    x0: x(dayNumber(point.date)),
    x1: x(dayNumber(history.points[index + 1]!.date)),
  }));
  const responseX = x(dayNumber(RESPONSE_PUBLISHED));

  return (
    <ChartFigure
      id="chart-history"
      width={width}
      height={height}
      title={`Status of the recommendations over time, ${formatDate(REVIEW_PUBLISHED)} to ${formatDate(asOf)}`}
      description="A stacked step chart. The numbers are in the table below the chart."
      caption={<HistoryCaption points={history.points} />}
    >
      <defs>
        <pattern id="lens-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" class="lens-hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="6" class="lens-hatch-line" stroke-width="2" />
        </pattern>
      </defs>
      {yTicks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} class="lens-chart-grid" />
          <text x={margin.left - 6} y={y(tick)} class="lens-chart-label" text-anchor="end" dy="0.35em">
            {tick}
          </text>
        </g>
      ))}
      {segments.map(({ point, x0, x1 }) => {
        let base = 0;
        return (
          <g key={point.date} shape-rendering="crispEdges">
            {stackHeights(point).map(({ status, count }) => {
              const bottom = base;
              base += count;
              if (count === 0) return null;
              return (
                <rect
                  key={status ?? 'not-recorded'}
                  x={x0}
                  width={Math.max(0.5, x1 - x0)}
                  y={y(bottom + count)}
                  height={y(bottom) - y(bottom + count)}
                  class={status ? 'lens-chart-fill' : 'lens-chart-not-recorded'}
                  style={status ? statusFillStyle(status) : undefined}
                />
              );
            })}
          </g>
        );
      })}
      <line x1={responseX} x2={responseX} y1={margin.top - 8} y2={height - margin.bottom} class="lens-chart-marker" />
      <text x={responseX + 4} y={margin.top - 10} class="lens-chart-label">
        Government response, Feb 2023
      </text>
      {[REVIEW_PUBLISHED, ...yearStarts(REVIEW_PUBLISHED, asOf)].map((tick) => (
        <text
          key={tick}
          x={x(dayNumber(tick))}
          y={height - margin.bottom + 18}
          class="lens-chart-label"
          text-anchor={tick === REVIEW_PUBLISHED ? 'start' : 'middle'}
        >
          {tick === REVIEW_PUBLISHED ? 'May 2022' : tick.slice(0, 4)}
        </text>
      ))}
      <line
        x1={margin.left}
        x2={width - margin.right}
        y1={height - margin.bottom}
        y2={height - margin.bottom}
        class="lens-chart-axis"
      />
    </ChartFigure>
  );
}

/** What the chart shows and does not, its legend with today's counts, and the numbers as a table. */
function HistoryCaption({ points }: { points: readonly StatusHistoryPoint[] }) {
  const last = points.at(-1);
  return (
    <figcaption>
      <p>
        How many recommendations stood at each status over time, from each record’s dated status history. Before the
        government first took a position on a recommendation (for most, its response of February 2023) it is counted as
        “{NOT_RECORDED_LABEL.toLowerCase()}” (hatched).
      </p>
      <ul class="lens-legend">
        {STATUSES.map((status) => (
          <li key={status}>
            <Swatch status={status} />
            {statusLabel(status).label} ({last?.counts[status] ?? 0})
          </li>
        ))}
        <li>
          <Swatch status={null} />
          {NOT_RECORDED_LABEL}
        </li>
      </ul>
      <HistoryTable points={points} />
    </figcaption>
  );
}

function HistoryTable({ points }: { points: readonly StatusHistoryPoint[] }) {
  const shown = STATUSES.filter((status) => points.some((point) => point.counts[status] > 0));
  return (
    <details class="lens-chart-data">
      <summary>The numbers behind this chart</summary>
      <div class="lens-table-wrap" role="region" aria-label="Numbers behind the status chart" tabIndex={0}>
        <table class="lens-table lens-table--compact">
          <thead>
            <tr>
              <th scope="col">From</th>
              {shown.map((status) => (
                <th scope="col" key={status}>
                  {statusLabel(status).label}
                </th>
              ))}
              <th scope="col">{NOT_RECORDED_LABEL}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.date}>
                <th scope="row">
                  <time dateTime={point.date}>{formatDate(point.date)}</time>
                </th>
                {shown.map((status) => (
                  <td key={status}>{point.counts[status]}</td>
                ))}
                <td>{point.noPosition}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
