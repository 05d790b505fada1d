import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FullDataset } from '../../../../../data/compiled-types';
import type { DatasetRecord } from '../../../../../data/schema';
import { getAllRecords, getDatasetMeta, getRecord } from '../../../../../utils/extension/db/dataset-repository';
import { db } from '../../../../../utils/extension/db/db';
import {
  compareDatasetVersions,
  ensureDatasetLoaded,
  fingerprintText,
  getBundledDataset,
  syncDataset,
} from '../../../../../utils/extension/db/dataset-sync';
import { addNote, deleteNote } from '../../../../../utils/extension/notes/notes-repository';
import { clearDatabase, snapshotNotes } from '../../../support/notes-test-db';

const bundled = getBundledDataset();

function datasetWith(version: string, records: DatasetRecord[]): FullDataset {
  return { meta: { ...bundled.meta, version }, records, statuses: bundled.statuses };
}

const first = bundled.records.slice(0, 5);

describe('loading the bundled dataset into the database', () => {
  beforeEach(clearDatabase);
  afterEach(clearDatabase);

  it('loads the bundled dataset into an empty database, then finds it current', async () => {
    const result = await ensureDatasetLoaded();
    expect(result).toEqual({ reloaded: true, version: bundled.meta.version, recordCount: bundled.records.length });
    expect(await db.records.count()).toBe(bundled.records.length);
    const meta = await getDatasetMeta();
    expect(meta).toMatchObject({ ...bundled.meta, recordCount: bundled.records.length });
    expect(await ensureDatasetLoaded()).toMatchObject({ reloaded: false });
    expect((await getDatasetMeta()).loadedAt).toBe(meta.loadedAt);
  });

  it('reads records back through the read API', async () => {
    const records = await getAllRecords();
    expect(records.map((record) => record.id).sort()).toEqual(bundled.records.map((record) => record.id).sort());
    const sample = bundled.records[0]!;
    expect(await getRecord(sample.id)).toEqual(sample);
    expect(await getRecord('no-such-record')).toBeUndefined();
  });

  it('shares one check between concurrent callers', async () => {
    const results = await Promise.all([ensureDatasetLoaded(), ensureDatasetLoaded(), getAllRecords()]);
    expect(results[0]).toBe(results[1]);
    expect(await db.records.count()).toBe(bundled.records.length);
  });

  it('moves notes on a retired id to the record that carries it as an alias, in the reload', async () => {
    // The first edition had edu-3 (Family Help teams in schools) as its own record; the second merges it into fh-1.
    const fh1 = bundled.records.find((record) => record.id === 'fh-1')!;
    expect(fh1.aliases).toContain('edu-3');
    const firstEdition = { ...fh1, id: 'edu-3', aliases: [], terms: [{ text: 'family help teams in schools' }] };
    const { aliases: _dropped, ...fh1WithoutAliases } = fh1;
    await syncDataset(datasetWith('2026.06.1', [fh1WithoutAliases, firstEdition]));
    const onOldId = await addNote('edu-3', 'Written on the first edition');
    const onFh1 = await addNote('fh-1', 'Already on fh-1');
    const deleted = await addNote('edu-3', 'Deleted before the update');
    await deleteNote(deleted.id);

    const result = await syncDataset(datasetWith('2026.12.1', [fh1]));
    expect(result).toMatchObject({ reloaded: true, previousVersion: '2026.06.1', notesRekeyed: 2 });
    const rows = await snapshotNotes();
    expect(rows.every((row) => row.recordId === 'fh-1')).toBe(true);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(onOldId.id)).toMatchObject({ text: 'Written on the first edition', deleted: 0 });
    expect(byId.get(onFh1.id)).toMatchObject({ text: 'Already on fh-1' });
    expect(byId.get(deleted.id)).toMatchObject({ deleted: 1 });
  });

  it('replaces the dataset when the version changes and never touches notes', async () => {
    await syncDataset(datasetWith('2026.01.1', first));
    const kept = await addNote(first[0]!.id, 'On a record that stays');
    const orphan = await addNote(first[4]!.id, 'On a record the new version drops');
    const removed = await addNote(first[1]!.id, 'Deleted note');
    await deleteNote(removed.id);
    const notesBefore = await snapshotNotes();

    const next = datasetWith('2026.02.1', first.slice(0, 4));
    const result = await syncDataset(next);
    expect(result).toEqual({ reloaded: true, version: '2026.02.1', previousVersion: '2026.01.1', recordCount: 4 });
    expect(await db.records.get(first[4]!.id)).toBeUndefined();
    expect(await db.records.count()).toBe(4);
    expect((await db.meta.get('dataset'))?.version).toBe('2026.02.1');
    expect(await snapshotNotes()).toEqual(notesBefore);
    expect(notesBefore.map((row) => row.id)).toEqual(expect.arrayContaining([kept.id, orphan.id, removed.id]));
  });

  it('reloads when the content changes without a version bump', async () => {
    await syncDataset(datasetWith('2026.01.1', first));
    const edited = first.map((record, index) => (index === 0 ? { ...record, title: 'A corrected title' } : record));
    expect(await syncDataset(datasetWith('2026.01.1', edited))).toMatchObject({ reloaded: true });
    expect((await db.records.get(first[0]!.id))?.title).toBe('A corrected title');
  });

  it('is all or nothing: a failed load leaves the previous dataset and the notes as they were', async () => {
    await syncDataset(datasetWith('2026.01.1', first));
    await addNote(first[0]!.id, 'Precious');
    const notesBefore = await snapshotNotes();
    const recordsBefore = await db.records.toArray();
    // Two records with one id make bulkAdd fail part-way, after clear() has run inside the transaction.
    const broken = datasetWith('2026.03.1', [...first.slice(0, 3), first[0]!]);
    await expect(syncDataset(broken)).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'database',
      message: expect.stringContaining('Could not load the recommendations into the database'),
    });
    expect(await db.records.toArray()).toEqual(recordsBefore);
    expect((await db.meta.get('dataset'))?.version).toBe('2026.01.1');
    expect(await snapshotNotes()).toEqual(notesBefore);
  });

  it('keeps a newer stored dataset when an older build runs the sync', async () => {
    await syncDataset(datasetWith('2026.07.1', first));
    expect(await syncDataset(datasetWith('2026.06.9', first.slice(0, 2)))).toEqual({
      reloaded: false,
      version: '2026.07.1',
      recordCount: 5,
    });
    expect(await db.records.count()).toBe(5);
  });

  it('orders dataset versions numerically', () => {
    expect(compareDatasetVersions('2026.06.2', '2026.06.10')).toBeLessThan(0);
    expect(compareDatasetVersions('2026.10.1', '2026.09.5')).toBeGreaterThan(0);
    expect(compareDatasetVersions('2027.01.1', '2026.12.9')).toBeGreaterThan(0);
    expect(compareDatasetVersions('2026.06.1', '2026.06.1')).toBe(0);
  });

  it('fingerprints differ for different text and agree for the same text', () => {
    expect(fingerprintText('abc')).toBe(fingerprintText('abc'));
    expect(fingerprintText('abc')).not.toBe(fingerprintText('abd'));
    expect(fingerprintText(JSON.stringify(bundled))).toMatch(/^[0-9a-f]+$/);
  });
});
