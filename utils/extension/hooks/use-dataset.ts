/** The stored dataset (records and version) for an extension page, loaded once. */
import { useEffect, useState } from 'preact/hooks';
import type { DatasetMeta, DatasetRecord } from '../../../data/schema';
import { getAllRecords, getDatasetMeta } from '../db/dataset-repository';
import { errorMessage } from '../error-message';

export interface LoadedDataset {
  meta: DatasetMeta;
  records: DatasetRecord[];
  recordsById: ReadonlyMap<string, DatasetRecord>;
}

export interface DatasetState {
  dataset: LoadedDataset | null;
  error: string | null;
}

export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ dataset: null, error: null });
  useEffect(() => {
    let active = true;
    Promise.all([getAllRecords(), getDatasetMeta()]).then(
      ([records, meta]) => {
        if (!active) return;
        const { version, asOf, title } = meta;
        const recordsById = new Map(records.map((record) => [record.id, record]));
        setState({ dataset: { meta: { version, asOf, title }, records, recordsById }, error: null });
      },
      (error: unknown) => {
        if (active) setState({ dataset: null, error: errorMessage(error) });
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return state;
}
