/**
 * The library's first view: the table of recommendations, with the status charts behind a toggle above it. The
 * charts stay shown or hidden as the reader last left them.
 */
import type { DatasetRecord } from '../../../data/schema';
import { chartsShownItem } from '../../../utils/extension/library/library-preferences';
import type { SearchIndex } from '../../../utils/extension/search/search-index';
import { useStoredValue } from '../../../utils/extension/hooks/use-stored-value';
import { RecordTable } from './RecordTable';
import { StatusOverview } from './StatusOverview';

export interface RecordsViewProps {
  records: readonly DatasetRecord[];
  index: SearchIndex;
  noteCounts: Readonly<Record<string, number>>;
  /** The dataset's as-of date: the charts end there. */
  asOf: string;
}

const CHARTS_ID = 'status-charts';

export function RecordsView({ records, index, noteCounts, asOf }: RecordsViewProps) {
  const [chartsShown, setChartsShown] = useStoredValue(chartsShownItem);
  const toggle = (
    <button
      type="button"
      class="lens-secondary-button lens-charts-toggle"
      aria-expanded={chartsShown}
      aria-controls={CHARTS_ID}
      onClick={() => setChartsShown(!chartsShown)}
    >
      <span aria-hidden="true">{chartsShown ? '▾ ' : '▸ '}</span>
      Status charts
    </button>
  );
  return (
    <RecordTable
      records={records}
      index={index}
      noteCounts={noteCounts}
      headingAction={toggle}
      beforeControls={
        <div id={CHARTS_ID} hidden={!chartsShown}>
          {chartsShown && <StatusOverview records={records} asOf={asOf} />}
        </div>
      }
    />
  );
}
