/**
 * Hostile and broken notes files against `utils/extension/notes/notes-import.ts`: every bad file is refused with a message that
 * says what is wrong, and leaves the stored notes exactly as they were; odd content that is valid is stored as the
 * plain text it is; a storage quota failure part-way through an import rolls everything back and says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../../utils/extension/db/db';
import {
  checkNotesData,
  importNotesFile,
  NotesImportError,
  parseNotesFile,
  readNotesFile,
} from '../../../../../utils/extension/notes/notes-import';
import { addNote, listNotes } from '../../../../../utils/extension/notes/notes-repository';
import { StorageError } from '../../../../../utils/extension/db/storage-errors';
import { clearDatabase, snapshotNotes } from '../../../support/notes-test-db';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../fixtures/bad-data', name), 'utf8');
const VALID = fixture('notes-valid.json');

type NotesFileObject = { notes: Record<string, unknown>[] } & Record<string, unknown>;

function validWith(change: (file: NotesFileObject) => void): string {
  const file = JSON.parse(VALID) as NotesFileObject;
  change(file);
  return JSON.stringify(file);
}

/** Imports `text`, expecting a refusal; checks that nothing stored changed and returns the error. */
async function refused(text: string | Blob): Promise<NotesImportError> {
  const before = await snapshotNotes();
  const error = await importNotesFile(text).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(NotesImportError);
  expect((error as Error).message).toMatch(/Nothing was imported\.$/);
  expect(await snapshotNotes()).toEqual(before);
  return error as NotesImportError;
}

describe('hardening: bad notes files', () => {
  beforeEach(async () => {
    await clearDatabase();
    await addNote('fn-3', 'A note the user already has');
  });
  afterEach(clearDatabase);

  it('refuses a file cut off at any point, calling it cut off', async () => {
    const cuts = new Set<number>();
    for (let end = 1; end < VALID.trimEnd().length; end += 53) cuts.add(end);
    cuts.add(VALID.trimEnd().length - 1);
    for (const end of cuts) {
      const error = await refused(VALID.slice(0, end));
      expect(error.problem, `cut at ${end}`).toBe('truncated');
      expect(error.message).toContain('cut off');
    }
  });

  it.each([
    ['text is a number', (f: NotesFileObject) => (f.notes[1]!.text = 42), /^Note 2 of 5 .*its “text” must be text/],
    ['text is null', (f: NotesFileObject) => (f.notes[0]!.text = null), /^Note 1 of 5 .*its “text” must be text/],
    [
      'recordId is a list',
      (f: NotesFileObject) => (f.notes[2]!.recordId = ['fn-3']),
      /^Note 3 of 5 .*its “recordId” must be text/,
    ],
    ['id is a number', (f: NotesFileObject) => (f.notes[3]!.id = 7), /^Note 4 of 5: its “id” must be text/],
    [
      'a date is a timestamp number',
      (f: NotesFileObject) => (f.notes[4]!.createdAt = 1714550400000),
      /^Note 5 of 5 .*its “createdAt” must be a date and time/,
    ],
    ['a note is a string', (f: NotesFileObject) => (f.notes[0] = 'just text' as never), /^Note 1 of 5: it /],
    ['notes is an object', (f: NotesFileObject) => (f.notes = { a: 1 } as never), /“notes” must be a list of notes/],
    ['notes is missing', (f: NotesFileObject) => delete (f as Partial<NotesFileObject>).notes, /“notes” is missing/],
  ])('refuses a file whose %s, naming the note and field', async (_name, change, message) => {
    const error = await refused(validWith(change));
    expect(error.problem).toBe('invalid-note');
    expect(error.message).toMatch(message);
  });

  it.each([
    ['a list', '[]'],
    ['null', 'null'],
    ['a string', '"care-review-lens-notes"'],
    ['a number', '1'],
    ['another app’s file', '{"format":"other-app","formatVersion":1,"notes":[]}'],
  ])('refuses JSON that is %s as not a notes file', async (_name, text) => {
    expect((await refused(text)).problem).toBe('not-notes-file');
  });

  it.each([2, 99, 0, -1, 1.5, 1e300])('refuses format version %s by number', async (version) => {
    const error = await refused(validWith((file) => (file.formatVersion = version)));
    expect(error.problem).toBe('wrong-version');
    expect(error.message).toContain(`format version ${version}`);
  });

  it('refuses a 50 MB file before reading it, and as text', async () => {
    const fifty = 50 * 1024 * 1024;
    // A file whose contents cannot be read: refusing it proves the size is checked first.
    const unreadable = {
      size: fifty,
      text: () => Promise.reject(new Error('the importer read a 50 MB file')),
    } as unknown as Blob;
    await expect(readNotesFile(unreadable)).rejects.toThrow(/^This file is 50\.0 MB; notes files of up to 10\.0 MB/);
    const padded = validWith((file) => (file.padding = 'x'.repeat(fifty)));
    const error = await refused(padded);
    expect(error.problem).toBe('too-large');
    expect(error.message).toMatch(/^This file is 50\.0 MB/);
  });

  it('refuses the same note id twice, naming both positions', async () => {
    const error = await refused(fixture('notes-duplicate-ids.json'));
    expect(error.problem).toBe('duplicate-note');
    expect(error.message).toContain('Notes 1 and 3 have the same id (dup-0001)');
  });

  it('survives pathological JSON (deep nesting, a huge list of non-notes)', async () => {
    const deep = `{"format":"care-review-lens-notes","formatVersion":1,"notes":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect((await refused(deep)).problem).toBe('invalid-note');
    const many = validWith((file) => (file.notes = Array.from({ length: 200_000 }, () => 0) as never));
    const error = await refused(many);
    expect(error.message).toMatch(/^Note 1 of 200000: it .*\(and 199999 more problems\)/);
  });
});

describe('hardening: odd but valid notes files', () => {
  beforeEach(clearDatabase);
  afterEach(clearDatabase);

  it('stores markup, scripts and formulas exactly as text', async () => {
    const file = JSON.parse(fixture('notes-markup.json')) as NotesFileObject;
    await importNotesFile(fixture('notes-markup.json'));
    const stored = await listNotes('fn-3');
    expect(stored.map((note) => note.text)).toEqual(file.notes.map((note) => note.text));
  });

  it('takes nothing from a file but the known note fields: no prototype pollution, no smuggled tombstone', async () => {
    const report = await importNotesFile(fixture('notes-smuggled-fields.json'));
    expect(report.added).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const rows = await db.notes.toArray();
    expect(rows).toEqual([
      {
        id: '5m0661ed-0000-4000-8000-000000000001',
        recordId: 'fn-3',
        text: 'A note that carries fields no export writes.',
        createdAt: '2026-05-01T09:00:00.000Z',
        updatedAt: '2026-05-01T09:00:00.000Z',
        deleted: 0,
      },
    ]);
  });

  // JSON.parse makes "__proto__" an ordinary own key, so the file above can never reach a prototype on its own. What
  // guards the notes is that only the known fields are copied into fresh objects: a copy that took every key would
  // assign "__proto__" and give the note the file's prototype, with its "deleted" and "polluted".
  it('the notes it returns have only the known fields and the plain object prototype', () => {
    const [note] = parseNotesFile(fixture('notes-smuggled-fields.json'), new Date('2026-06-01T00:00:00Z'));
    expect(Object.getPrototypeOf(note)).toBe(Object.prototype);
    expect(Object.keys(note!).sort()).toEqual(['createdAt', 'id', 'recordId', 'text', 'updatedAt']);
    expect('polluted' in note!).toBe(false);
    expect('deleted' in note!).toBe(false);
    expect('deletedAt' in note!).toBe(false);
  });

  it('reads no field a note inherits: a structure whose prototype carries a tombstone stays a live note', () => {
    // What a parser that assigns keys (rather than JSON.parse) would hand over: "__proto__" really is the prototype.
    const inherited = { deleted: 1, deletedAt: '2026-05-02T09:00:00.000Z', polluted: 'note level' };
    const note = Object.assign(Object.create(inherited) as Record<string, unknown>, {
      id: 'proto-1',
      recordId: 'fn-3',
      text: 'Own fields only',
      createdAt: '2026-05-01T09:00:00.000Z',
      updatedAt: '2026-05-01T09:00:00.000Z',
    });
    const file = { format: 'care-review-lens-notes', formatVersion: 1, notes: [note] };
    const [parsed] = checkNotesData(file, new Date('2026-06-01T00:00:00Z'));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect('deletedAt' in parsed!).toBe(false);
    expect('polluted' in parsed!).toBe(false);
  });
});

describe('hardening: dates from the future', () => {
  beforeEach(clearDatabase);
  afterEach(clearDatabase);

  it('refuses a note dated more than a day ahead, which would overwrite edits and undelete notes', async () => {
    const ahead = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString();
    const error = await refused(
      validWith((file) => {
        file.notes[1]!.updatedAt = ahead;
      }),
    );
    expect(error.problem).toBe('invalid-note');
    expect(error.message).toMatch(/^Note 2 of 5 .*its “updatedAt” is in the future/);
  });

  it('accepts a note up to a day ahead (time zones, a fast clock)', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const file = validWith((f) => {
      f.notes[0]!.createdAt = '2026-06-02T11:00:00Z';
      f.notes[0]!.updatedAt = '2026-06-02T11:00:00Z';
    });
    expect(() => parseNotesFile(file, now)).not.toThrow();
    const tooFar = validWith((f) => {
      f.notes[0]!.updatedAt = '2026-06-02T13:00:00Z';
    });
    expect(() => parseNotesFile(tooFar, now)).toThrow(/is in the future/);
  });
});

/** fake-indexeddb's transaction internals this suite drives to make the engine fail the way a full disk does. */
interface EngineTransaction {
  mode: IDBTransactionMode;
  objectStoreNames: DOMStringList;
  _state: string;
  _requests: { operation: () => unknown }[];
  _abort(errorName: string): void;
  _start(): void;
}

describe('hardening: storage quota exhausted during an import', () => {
  const storeProto = globalThis.IDBObjectStore.prototype;
  const transactionProto = globalThis.IDBTransaction.prototype as unknown as EngineTransaction;
  const originalPut = storeProto.put;
  const originalStart = transactionProto._start;
  let notesWrites = 0;

  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  /** Chromium: every write succeeds, then committing the transaction fails for lack of space. */
  function failAtCommit(): void {
    transactionProto._start = function (this: EngineTransaction) {
      const finishing = this._requests.length === 0 && this._state !== 'finished';
      if (finishing && this.mode === 'readwrite' && this.objectStoreNames.contains('notes') && notesWrites > 0) {
        notesWrites = 0;
        this._abort('QuotaExceededError');
        return;
      }
      originalStart.call(this);
    };
  }

  /** Firefox: the write that does not fit fails with QuotaExceededError, which aborts its transaction. */
  function failOnWrite(failAt: number): void {
    let count = 0;
    storeProto.put = function (this: IDBObjectStore, ...args: Parameters<typeof originalPut>) {
      const request = originalPut.apply(this, args);
      count += 1;
      if (this.name === 'notes' && count === failAt) {
        const queued = (this.transaction as unknown as EngineTransaction)._requests.at(-1)!;
        queued.operation = () => {
          throw quotaError();
        };
      }
      return request;
    };
  }

  beforeEach(async () => {
    await clearDatabase();
    notesWrites = 0;
    storeProto.put = function (this: IDBObjectStore, ...args: Parameters<typeof originalPut>) {
      if (this.name === 'notes') notesWrites += 1;
      return originalPut.apply(this, args);
    };
  });
  afterEach(async () => {
    storeProto.put = originalPut;
    transactionProto._start = originalStart;
    await clearDatabase();
  });

  async function expectQuotaRefusal(arm: () => void): Promise<void> {
    const existing = await addNote('fn-3', 'Written before the import');
    // The file also holds a newer version of the existing note: that update must be rolled back too.
    const file = validWith((f) => {
      f.notes[0] = {
        ...f.notes[0]!,
        id: existing.id,
        text: 'Newer text from the file',
        // Newer than the stored note, and within the day ahead a file may be.
        updatedAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
      };
    });
    const before = await snapshotNotes();

    notesWrites = 0;
    arm();
    const error = await importNotesFile(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).message).toBe(
      'Could not import the notes: the browser has no more storage space for Care Review Lens. ' +
        'Free some disk space or clear other sites’ data, then try again. Nothing was changed.',
    );
    expect((error as StorageError).kind).toBe('quota');
    expect(await snapshotNotes()).toEqual(before);

    storeProto.put = originalPut;
    transactionProto._start = originalStart;
    const report = await importNotesFile(file);
    expect(report).toMatchObject({ total: 5, added: 4, updated: 1 });
    expect((await listNotes('fn-3')).map((note) => note.text)).toContain('Newer text from the file');
  }

  it('when the commit fails (Chromium): changes nothing, tells the user, imports once space is back', async () => {
    await expectQuotaRefusal(failAtCommit);
  });

  it('when one write fails (Firefox): changes nothing, tells the user, imports once space is back', async () => {
    await expectQuotaRefusal(() => failOnWrite(3));
  });
});
