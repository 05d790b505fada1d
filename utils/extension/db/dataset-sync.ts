/**
 * Keeps the database's copy of the bundled dataset current. The service worker runs it on install, on update and
 * on browser start; extension pages call {@link ensureDatasetLoaded} before reading records. The reload is one
 * transaction over `records`, `meta` and `notes`. Notes are never deleted or edited by it; only a note written on a
 * retired id (an alias: a record merged into another or renamed) is moved to the record that now carries that id,
 * in the same transaction, so a note can never be left pointing at an id the loaded dataset no longer has.
 * Re-keying once, at load, rather than resolving aliases on every read keeps every reader of notes (the record
 * view, counts, search, exports) simple and correct.
 */
import bundledDataset from '../../../data/generated/dataset.json';
import type { FullDataset } from '../../../data/compiled-types';
import { db, type CareLensDatabase, type DatasetMetaRow } from './db';
import { withStorageErrors } from './storage-errors';

export interface DatasetSyncResult {
  /** True when this call replaced the stored dataset. */
  reloaded: boolean;
  /** Notes moved from a retired id to the record that carries it as an alias (only when reloaded). */
  notesRekeyed?: number;
  version: string;
  previousVersion?: string;
  recordCount: number;
}

/** A short, stable fingerprint of a string (53-bit hash, hex): detects dataset edits without a version bump. */
export function fingerprintText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

const fingerprints = new WeakMap<FullDataset, string>();

function fingerprintOf(dataset: FullDataset): string {
  let fingerprint = fingerprints.get(dataset);
  if (fingerprint === undefined) {
    fingerprint = fingerprintText(JSON.stringify(dataset));
    fingerprints.set(dataset, fingerprint);
  }
  return fingerprint;
}

/** Orders dataset versions (`2026.06.1` < `2026.06.2` < `2026.10.1`): negative, zero or positive. */
export function compareDatasetVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Loads `dataset` into `database` when its version differs from the stored one, or the version is the same but
 * the content changed. A stored dataset with a newer version is kept: an older build still running somewhere
 * (a page left open across an update, or Chromium still running an unpacked extension's previous worker) must
 * not take the data back. Runs in one read-write transaction scoped to `records` and `meta`: either the whole new
 * dataset is in place or the old one is untouched.
 */
export async function syncDataset(dataset: FullDataset, database: CareLensDatabase = db): Promise<DatasetSyncResult> {
  const fingerprint = fingerprintOf(dataset);
  const unchanged = (stored: DatasetMetaRow | undefined): DatasetSyncResult | undefined => {
    if (!stored) return undefined;
    const order = compareDatasetVersions(stored.version, dataset.meta.version);
    const keep = order > 0 || (order === 0 && stored.fingerprint === fingerprint);
    return keep ? { reloaded: false, version: stored.version, recordCount: stored.recordCount } : undefined;
  };
  return withStorageErrors('load the recommendations into the database', async () => {
    // A read first, so the usual case (already current) does not queue behind other writers.
    const current = unchanged(await database.meta.get('dataset'));
    if (current) return current;
    return database.transaction('rw', database.records, database.meta, database.notes, async () => {
      const stored = await database.meta.get('dataset');
      const stillCurrent = unchanged(stored);
      if (stillCurrent) return stillCurrent;
      await database.records.clear();
      await database.records.bulkAdd(dataset.records);
      const notesRekeyed = await rekeyAliasNotes(database, dataset);
      const meta: DatasetMetaRow = {
        key: 'dataset',
        ...dataset.meta,
        fingerprint,
        recordCount: dataset.records.length,
        loadedAt: new Date().toISOString(),
      };
      await database.meta.put(meta);
      const result: DatasetSyncResult = {
        reloaded: true,
        version: dataset.meta.version,
        recordCount: dataset.records.length,
      };
      if (stored) result.previousVersion = stored.version;
      if (notesRekeyed > 0) result.notesRekeyed = notesRekeyed;
      return result;
    });
  });
}

/** Retired id → the id of the record that now carries it (`aliases` in the dataset). */
export function aliasMap(dataset: Pick<FullDataset, 'records'>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const record of dataset.records) for (const alias of record.aliases ?? []) map.set(alias, record.id);
  return map;
}

/** The id a note on `recordId` belongs to in `aliases`' dataset: the record's own id, or the one that absorbed it. */
export function currentRecordId(recordId: string, aliases: ReadonlyMap<string, string>): string {
  return aliases.get(recordId) ?? recordId;
}

/** Moves notes (live and deleted) from retired ids to their records; runs inside the reload transaction. */
async function rekeyAliasNotes(database: CareLensDatabase, dataset: FullDataset): Promise<number> {
  const aliases = aliasMap(dataset);
  if (aliases.size === 0) return 0;
  return database.notes
    .where('recordId')
    .anyOf([...aliases.keys()])
    .modify((note) => {
      note.recordId = currentRecordId(note.recordId, aliases);
    });
}

/** The dataset bundled with this build of the extension. */
export function getBundledDataset(): FullDataset {
  return bundledDataset as FullDataset;
}

let inFlight: Promise<DatasetSyncResult> | undefined;

/**
 * Makes sure the database holds this build's dataset; one small read when it already does. Calls made while a
 * check is running share it. Failures reject with a `StorageError` for the caller to show.
 */
export function ensureDatasetLoaded(): Promise<DatasetSyncResult> {
  inFlight ??= syncDataset(getBundledDataset()).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}
