/**
 * Every layout the database has had, oldest first. A layout is never edited once shipped: a change adds a new
 * version with an upgrade function, and `tests/unit/utils/extension/db/db-schema.test.ts` opens a database written by the previous
 * layout (notes included) with the current one.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/** v1: notes keyed by id, looked up by record; the bundled dataset in `records` and its version in `meta`. */
export const SCHEMA_V1: SchemaVersion = {
  version: 1,
  stores: {
    records: 'id',
    meta: 'key',
    notes: 'id, recordId',
  },
};

/**
 * v2: deleting a note keeps a tombstone (`deleted: 1` plus `deletedAt`) so undo and import merges know about it.
 * IndexedDB cannot index a missing field, so the upgrade writes `deleted: 0` on every note v1 stored; without it
 * those notes would drop out of the live-notes index.
 */
export const SCHEMA_V2: SchemaVersion = {
  version: 2,
  stores: {
    records: 'id, kind, theme, status',
    meta: 'key',
    notes: 'id, recordId, updatedAt, [deleted+recordId+createdAt]',
  },
  async upgrade(transaction) {
    await transaction
      .table('notes')
      .toCollection()
      .modify((note: Record<string, unknown>) => {
        if (note.deleted !== 1) note.deleted = 0;
        // A note missing from the live-notes index would be invisible, so every key part must be a string.
        if (typeof note.recordId !== 'string') note.recordId = String(note.recordId ?? 'unknown');
        if (typeof note.updatedAt !== 'string') note.updatedAt = new Date(0).toISOString();
        if (typeof note.createdAt !== 'string') note.createdAt = note.updatedAt;
      });
  },
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [SCHEMA_V1, SCHEMA_V2];
