import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../../utils/extension/db/db';
import {
  applyImportedNotes,
  describeImport,
  importNotesFile,
  NOTES_IMPORT_MAX_BYTES,
  NotesImportError,
  parseNotesFile,
  readNotesFile,
} from '../../../../../utils/extension/notes/notes-import';
import { addNote, deleteNote, listNotes } from '../../../../../utils/extension/notes/notes-repository';
import { clearDatabase, snapshotNotes } from '../../../support/notes-test-db';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../fixtures/notes', name), 'utf8');
const GOOD_IDS = [
  '0b7f3c1e-5a8d-4f2b-9c61-1d2e3f4a5b6c',
  '5c9a2d4e-7b1f-4e3a-8d2c-6f5e4d3c2b1a',
  '9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b',
];

describe('importing a notes file', () => {
  beforeEach(clearDatabase);
  afterEach(clearDatabase);

  it('imports a good file, normalising dates to UTC and keeping text exactly', async () => {
    const report = await importNotesFile(fixture('good.json'));
    expect(report).toEqual({ total: 3, added: 3, updated: 0, unchanged: 0, keptDeleted: 0 });
    expect(describeImport(report)).toBe('Imported 3 notes: 3 added, 0 updated, 0 already up to date.');
    const notes = await listNotes();
    expect(notes.map((note) => note.id).sort()).toEqual([...GOOD_IDS].sort());
    const care = notes.find((note) => note.recordId === 'care-1');
    expect(care?.createdAt).toBe('2026-04-01T11:30:00.000Z');
    expect(notes.find((note) => note.id === GOOD_IDS[0])?.text).toBe(
      'Raised at the March scrutiny committee.\nFollow up with the DCS in June.',
    );
  });

  it('files notes written on a retired id (an old export) under the record that absorbed it', async () => {
    const old = {
      format: 'care-review-lens-notes',
      formatVersion: 1,
      notes: [
        {
          id: 'old-edu-3',
          recordId: 'edu-3',
          text: 'Family Help in schools',
          createdAt: '2026-03-01T09:00:00Z',
          updatedAt: '2026-03-01T09:00:00Z',
        },
        {
          id: 'old-edu-2',
          recordId: 'edu-2',
          text: 'Schools as corporate parents',
          createdAt: '2026-03-02T09:00:00Z',
          updatedAt: '2026-03-02T09:00:00Z',
        },
      ],
    };
    const report = await importNotesFile(JSON.stringify(old));
    expect(report.added).toBe(2);
    expect((await listNotes('fh-1')).map((note) => note.id)).toEqual(['old-edu-3']);
    expect((await listNotes('ce-5')).map((note) => note.id)).toEqual(['old-edu-2']);
    expect(await listNotes('edu-3')).toEqual([]);
  });

  it('keeps markup in note text as text', async () => {
    await importNotesFile(fixture('markup.json'));
    const [note] = await listNotes('wf-1');
    expect(note?.text).toBe("<script>alert('x')</script> <img src=x onerror=alert(1)> **not bold** & =SUM(A1)");
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await importNotesFile(fixture('good.json'));
    const before = await snapshotNotes();
    const report = await importNotesFile(fixture('good.json'));
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(await snapshotNotes()).toEqual(before);
  });

  it('merges by id: a newer version in the file wins, an older one does not', async () => {
    await importNotesFile(fixture('good.json'));
    const file = JSON.parse(fixture('good.json'));
    file.notes[0].text = 'Newer text from another computer';
    file.notes[0].updatedAt = '2026-06-01T00:00:00.000Z';
    file.notes[1].text = 'Older text that must not win';
    file.notes[1].updatedAt = '2026-03-06T08:00:00.000Z';
    file.notes.push({
      id: 'b4d7e2f1-0c3a-4b5d-8e6f-7a8b9c0d1e2f',
      recordId: 'fh-2',
      text: 'Brand new',
      createdAt: '2026-06-02T00:00:00Z',
      updatedAt: '2026-06-02T00:00:00Z',
    });
    const report = await importNotesFile(JSON.stringify(file));
    expect(report).toEqual({ total: 4, added: 1, updated: 1, unchanged: 2, keptDeleted: 0 });
    const byId = new Map((await listNotes()).map((note) => [note.id, note]));
    expect(byId.get(GOOD_IDS[0]!)?.text).toBe('Newer text from another computer');
    expect(byId.get(GOOD_IDS[1]!)?.text).toBe('Pathfinder areas named in the 2023 strategy.');
    expect(byId.get('b4d7e2f1-0c3a-4b5d-8e6f-7a8b9c0d1e2f')?.text).toBe('Brand new');
  });

  it('does not bring back a note deleted after the file was made, but does restore a newer version', async () => {
    const note = await addNote('fh-1', 'Will be deleted');
    const file = {
      format: 'care-review-lens-notes',
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      notes: [{ ...note }],
    };
    await deleteNote(note.id);
    const report = await importNotesFile(JSON.stringify(file));
    expect(report).toMatchObject({ added: 0, updated: 0, keptDeleted: 1 });
    expect(describeImport(report)).toContain('1 left deleted');
    expect(await listNotes()).toEqual([]);

    file.notes[0] = {
      ...note,
      text: 'Edited later elsewhere',
      updatedAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
    };
    expect(await importNotesFile(JSON.stringify(file))).toMatchObject({ updated: 1 });
    expect((await listNotes()).map((n) => n.text)).toEqual(['Edited later elsewhere']);
  });

  const badFiles: [string, string, RegExp | string][] = [
    ['empty.txt', 'empty', 'This file is empty. Nothing was imported.'],
    [
      'truncated.txt',
      'truncated',
      'This file is cut off: it ends before the notes list is complete, perhaps because a download or copy did not ' +
        'finish. Export your notes again and import the new file. Nothing was imported.',
    ],
    ['not-json.txt', 'not-json', /^This file is not valid JSON \(.+\)\. Choose a JSON file exported by Care Review/],
    [
      'not-notes-file.json',
      'not-notes-file',
      'This is not a Care Review Lens notes file: it lacks the “format”: “care-review-lens-notes” marker that every ' +
        'notes export starts with. Nothing was imported.',
    ],
    [
      'wrong-version.json',
      'wrong-version',
      'This notes file has format version 2, but this version of Care Review Lens reads version 1. Update the ' +
        'extension, then import the file again. Nothing was imported.',
    ],
    [
      'invalid-date.json',
      'invalid-note',
      'Note 2 of 3 (id 5c9a2d4e-7b1f-4e3a-8d2c-6f5e4d3c2b1a): its “updatedAt” must be an ISO date and time such ' +
        'as 2026-03-04T09:15:00Z. Nothing was imported.',
    ],
    [
      'missing-text.json',
      'invalid-note',
      'Note 3 of 3 (id 9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b): its “text” is missing. Nothing was imported.',
    ],
    [
      'updated-before-created.json',
      'invalid-note',
      'Note 1 of 3 (id 0b7f3c1e-5a8d-4f2b-9c61-1d2e3f4a5b6c): it was updated before it was created ' +
        '(updatedAt < createdAt). Nothing was imported.',
    ],
    [
      'duplicate-id.json',
      'duplicate-note',
      'Notes 1 and 3 have the same id (0b7f3c1e-5a8d-4f2b-9c61-1d2e3f4a5b6c); a file must hold each note once. ' +
        'Nothing was imported.',
    ],
  ];

  it.each(badFiles)('refuses %s with an exact message and changes nothing', async (name, problem, message) => {
    await addNote('fh-1', 'Already here');
    const before = await snapshotNotes();
    const error = await importNotesFile(fixture(name)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotesImportError);
    expect((error as NotesImportError).problem).toBe(problem);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
    expect(await snapshotNotes()).toEqual(before);
  });

  it('recognises a file cut off at any point as truncated', () => {
    const text = fixture('good.json');
    for (const end of [1, 40, text.indexOf('"text"') + 10, text.lastIndexOf('}', text.length - 5) + 1]) {
      expect(() => parseNotesFile(text.slice(0, end)), `cut at ${end}`).toThrow(
        expect.objectContaining({ problem: 'truncated' }),
      );
    }
  });

  it('refuses a version 0 file without suggesting an update', () => {
    const file = JSON.parse(fixture('good.json'));
    file.formatVersion = 0;
    expect(() => parseNotesFile(JSON.stringify(file))).toThrow(
      'This notes file has format version 0, but this version of Care Review Lens reads version 1. It is not a ' +
        'version any Care Review Lens has written. Nothing was imported.',
    );
  });

  it('refuses an oversized file before reading it, as a Blob or as text', async () => {
    const big = new Blob(['x'.repeat(NOTES_IMPORT_MAX_BYTES + 1)]);
    const expected =
      'This file is 10.0 MB; notes files of up to 10.0 MB can be imported. Check that it is a Care Review Lens ' +
      'notes export. Nothing was imported.';
    await expect(readNotesFile(big)).rejects.toThrow(expected);
    const file = JSON.parse(fixture('good.json'));
    file.notes[0].padding = 'y'.repeat(12 * 1024 * 1024);
    expect(() => parseNotesFile(JSON.stringify(file))).toThrow(/^This file is 12\.0 MB; notes files of up to/);
    expect(await db.notes.count()).toBe(0);
  });

  it('reports several problems at once by counting them', () => {
    const file = JSON.parse(fixture('good.json'));
    file.notes[0].recordId = 'Family Help!';
    file.notes[1].text = '   ';
    expect(() => parseNotesFile(JSON.stringify(file))).toThrow(
      'Note 1 of 3 (id 0b7f3c1e-5a8d-4f2b-9c61-1d2e3f4a5b6c): its “recordId” must be a recommendation id like ' +
        'family-help (and 1 more problem). Nothing was imported.',
    );
  });

  it('is all or nothing: a database failure part-way leaves every note as it was', async () => {
    await addNote('fh-1', 'Already here');
    const before = await snapshotNotes();
    let created = 0;
    const failOnThird = () => {
      created += 1;
      if (created === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.notes.hook('creating', failOnThird);
    try {
      await expect(applyImportedNotes(parseNotesFile(fixture('good.json')))).rejects.toMatchObject({
        name: 'StorageError',
        kind: 'quota',
      });
    } finally {
      db.notes.hook('creating').unsubscribe(failOnThird);
    }
    expect(created).toBe(3);
    expect(await snapshotNotes()).toEqual(before);
  });
});
