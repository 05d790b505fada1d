/**
 * The extension's database, `care-review-lens`, in the extension's own origin. Only the background service worker
 * and extension pages (popup, library) open it; a content script must never import this module, because
 * IndexedDB opened there would belong to the news site.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { DatasetMeta, DatasetRecord } from '../../../data/schema';
import { SCHEMA_VERSIONS } from './db-schema';

export const DB_NAME = 'care-review-lens';

/** A note as stored. `deleted` is a number because IndexedDB cannot index booleans. */
export interface NoteRow {
  id: string;
  recordId: string;
  text: string;
  createdAt: string;
  updatedAt: string;
  deleted: 0 | 1;
  deletedAt?: string;
  /** The article the note was written on, when it was written in a card (not indexed: no schema change). */
  article?: { title: string; url: string };
}

/** The single row of `meta` that says which bundled dataset the `records` table holds. */
export interface DatasetMetaRow extends DatasetMeta {
  key: 'dataset';
  /** Fingerprint of the bundled dataset's content, so an edit without a version bump still reloads it. */
  fingerprint: string;
  recordCount: number;
  loadedAt: string;
}

export class CareLensDatabase extends Dexie {
  records!: EntityTable<DatasetRecord, 'id'>;
  meta!: EntityTable<DatasetMetaRow, 'key'>;
  notes!: EntityTable<NoteRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

/** The one database instance of this context (service worker or extension page). */
export const db = new CareLensDatabase();
