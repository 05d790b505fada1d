/**
 * Read API for the dataset as stored in the database (extension pages and the service worker only). Each call
 * first makes sure this build's dataset is loaded. Failures reject with a `StorageError`.
 */
import type { DatasetRecord } from '../../../data/schema';
import { db, type DatasetMetaRow } from './db';
import { ensureDatasetLoaded } from './dataset-sync';
import { StorageError, withStorageErrors } from './storage-errors';

/** Every record (recommendations and entities), ordered by id. */
export async function getAllRecords(): Promise<DatasetRecord[]> {
  await ensureDatasetLoaded();
  return withStorageErrors('read the recommendations', () => db.records.toArray());
}

/** One record by id, or `undefined` when the dataset has no such record. */
export async function getRecord(id: string): Promise<DatasetRecord | undefined> {
  await ensureDatasetLoaded();
  return withStorageErrors('read the recommendation', () => db.records.get(id));
}

/** Version, as-of date and title of the dataset in the database, with when it was loaded. */
export async function getDatasetMeta(): Promise<DatasetMetaRow> {
  await ensureDatasetLoaded();
  const meta = await withStorageErrors('read the dataset version', () => db.meta.get('dataset'));
  if (!meta)
    throw new StorageError('database', 'The recommendations are missing from the database after loading them.');
  return meta;
}
