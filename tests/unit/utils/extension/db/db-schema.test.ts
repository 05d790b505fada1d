/**
 * Opens a database written by the previous schema (v1, as it shipped) with the current one and checks every note
 * survives intact and usable. The v1 layout is written out here on purpose rather than imported, so editing
 * `utils/extension/db/db-schema.ts` cannot quietly change what "the previous schema" means.
 */
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CareLensDatabase, DB_NAME, db } from '../../../../../utils/extension/db/db';
import { SCHEMA_VERSIONS } from '../../../../../utils/extension/db/db-schema';
import { ensureDatasetLoaded, getBundledDataset } from '../../../../../utils/extension/db/dataset-sync';
import { addNote, deleteNote, listNotes, updateNote } from '../../../../../utils/extension/notes/notes-repository';

const V1_STORES = { records: 'id', meta: 'key', notes: 'id, recordId' };

/** Notes as the v1 code wrote them: no `deleted` field. */
const V1_NOTES = Array.from({ length: 40 }, (_, index) => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  recordId: ['fh-1', 'care-1', 'wf-2', 'sys-3'][index % 4]!,
  text: `Note ${index}: ${index % 3 === 0 ? 'line one\nline two' : '<b>markup</b> stays & text'}`,
  createdAt: new Date(Date.UTC(2025, 0, 1 + index, 9)).toISOString(),
  updatedAt: new Date(Date.UTC(2025, 1, 1 + index, 9)).toISOString(),
}));

async function writeV1Database(): Promise<void> {
  const v1 = new Dexie(DB_NAME);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.table('notes').bulkAdd(V1_NOTES);
  await v1.table('records').bulkAdd([{ id: 'old-record', title: 'From an old dataset' }]);
  await v1.table('meta').put({ key: 'dataset', version: '2025.01.1', asOf: '2025-01-01', title: 'Old' });
  v1.close();
}

describe('schema upgrade from v1', () => {
  beforeEach(async () => {
    db.close();
    await Dexie.delete(DB_NAME);
    await writeV1Database();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(DB_NAME);
    await db.open();
  });

  it('the current schema is newer than v1 and v1 is the layout tested here', () => {
    expect(SCHEMA_VERSIONS.at(-1)!.version).toBeGreaterThan(1);
    expect(SCHEMA_VERSIONS[0]).toMatchObject({ version: 1, stores: V1_STORES });
  });

  it('finds every v1 note intact after opening with the current schema', async () => {
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const rows = await db.notes.toArray();
    expect(rows).toHaveLength(V1_NOTES.length);
    for (const original of V1_NOTES) {
      expect(rows.find((row) => row.id === original.id)).toEqual({ ...original, deleted: 0 });
    }
    const listed = await listNotes();
    expect(listed).toHaveLength(V1_NOTES.length);
    expect(listed.map((note) => ({ ...note }))).toEqual(
      expect.arrayContaining(V1_NOTES.map((note) => expect.objectContaining(note))),
    );
    expect(await listNotes('fh-1')).toHaveLength(10);
  });

  it('keeps a v1 note that lacks its dates visible instead of dropping it from the index', async () => {
    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores(V1_STORES);
    await v1.table('notes').put({ id: 'no-dates', recordId: 'fh-1', text: 'Written by a careless importer' });
    v1.close();
    await db.open();
    const note = (await listNotes('fh-1')).find((candidate) => candidate.id === 'no-dates');
    expect(note).toMatchObject({ text: 'Written by a careless importer', createdAt: '1970-01-01T00:00:00.000Z' });
  });

  it('upgraded notes can be edited, deleted and joined by new ones', async () => {
    await db.open();
    const first = V1_NOTES[0]!;
    const { note } = await updateNote(first.id, 'Edited after the upgrade');
    expect(note.createdAt).toBe(first.createdAt);
    await deleteNote(V1_NOTES[1]!.id);
    await addNote('fh-1', 'Written with the new schema');
    const texts = (await listNotes('fh-1')).map((n) => n.text);
    expect(texts).toContain('Edited after the upgrade');
    expect(texts).toContain('Written with the new schema');
    expect(await listNotes()).toHaveLength(V1_NOTES.length);
  });

  it('loading the bundled dataset after the upgrade replaces the old dataset and keeps every note', async () => {
    await db.open();
    await ensureDatasetLoaded();
    const bundled = getBundledDataset();
    expect((await db.meta.get('dataset'))?.version).toBe(bundled.meta.version);
    expect(await db.records.get('old-record')).toBeUndefined();
    expect(await db.records.count()).toBe(bundled.records.length);
    expect(await db.notes.count()).toBe(V1_NOTES.length);
  });

  it('a second instance of the current schema opens the upgraded database without another upgrade', async () => {
    await db.open();
    db.close();
    const again = new CareLensDatabase();
    await again.open();
    expect(await again.notes.count()).toBe(V1_NOTES.length);
    again.close();
  });
});
