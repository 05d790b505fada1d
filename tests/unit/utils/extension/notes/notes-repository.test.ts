import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../../utils/extension/db/db';
import {
  addNote,
  deleteNote,
  listNotes,
  liveNotes,
  NOTE_MAX_LENGTH,
  restoreNote,
  updateNote,
  type Note,
} from '../../../../../utils/extension/notes/notes-repository';
import { StorageError } from '../../../../../utils/extension/db/storage-errors';

async function clearDatabase() {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

/** Collects every emission of an observable until `count` values have arrived. */
function nextValues<T>(observable: { subscribe: (next: (value: T) => void) => { unsubscribe(): void } }) {
  const values: T[] = [];
  const subscription = observable.subscribe((value) => values.push(value));
  return { values, stop: () => subscription.unsubscribe() };
}

describe('notes repository', () => {
  beforeEach(clearDatabase);
  afterEach(clearDatabase);

  it('adds dated notes with uuids and lists them per record, oldest first', async () => {
    const first = await addNote('family-help', '  First thought  ');
    const second = await addNote('family-help', 'Second thought');
    await addNote('kinship-allowance', 'Elsewhere');

    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.text).toBe('First thought');
    expect(Date.parse(first.createdAt)).not.toBeNaN();
    expect(first.updatedAt).toBe(first.createdAt);
    expect(first.deletedAt).toBeUndefined();

    const onRecord = await listNotes('family-help');
    expect(onRecord.map((note) => note.id)).toEqual([first.id, second.id]);
    expect((await listNotes()).map((note) => note.recordId)).toEqual([
      'family-help',
      'family-help',
      'kinship-allowance',
    ]);
  });

  it('keeps markup as plain text', async () => {
    const note = await addNote('family-help', '<img src=x onerror=alert(1)> **bold**');
    expect((await db.notes.get(note.id))?.text).toBe('<img src=x onerror=alert(1)> **bold**');
  });

  it('edits a note and returns the previous version for undo', async () => {
    const note = await addNote('family-help', 'Draft');
    await new Promise((resolve) => setTimeout(resolve, 2));
    const { note: edited, previous } = await updateNote(note.id, 'Final');
    expect(edited.text).toBe('Final');
    expect(edited.createdAt).toBe(note.createdAt);
    expect(edited.updatedAt > note.updatedAt).toBe(true);
    expect(previous).toEqual(note);

    const undone = await restoreNote(previous);
    expect(undone.text).toBe('Draft');
    expect((await listNotes('family-help')).map((n) => n.text)).toEqual(['Draft']);
  });

  it('deletes a note, keeping a text-free tombstone, and undoes the deletion', async () => {
    const note = await addNote('family-help', 'Private words');
    const removed = await deleteNote(note.id);
    expect(removed).toEqual(note);
    expect(await listNotes('family-help')).toEqual([]);

    // The row stays as a tombstone (so an import merge cannot bring the note back), without its text.
    const tombstone = await db.notes.get(note.id);
    expect(tombstone?.id).toBe(note.id);
    expect(tombstone?.text).toBe('');
    expect(tombstone?.deleted).toBe(1);
    expect(tombstone?.deletedAt).toBeDefined();

    const restored = await restoreNote(removed);
    expect(restored.text).toBe('Private words');
    expect(restored.createdAt).toBe(note.createdAt);
    expect(restored.deletedAt).toBeUndefined();
    expect(await listNotes('family-help')).toEqual([restored]);
  });

  it('undoes an add by deleting the new note', async () => {
    const note = await addNote('family-help', 'Oops');
    await deleteNote(note.id);
    expect(await listNotes()).toEqual([]);
  });

  it('rejects bad input with typed, readable errors and stores nothing', async () => {
    await expect(addNote('family-help', '   ')).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'invalid',
      message: 'A note needs some text. Write something, or cancel.',
    });
    await expect(addNote('family-help', 'x'.repeat(NOTE_MAX_LENGTH + 1))).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('at most 20,000'),
    });
    await expect(addNote('Not An Id', 'text')).rejects.toMatchObject({ kind: 'invalid' });
    await expect(updateNote('missing', 'text')).rejects.toMatchObject({ kind: 'not-found' });
    await expect(deleteNote('missing')).rejects.toBeInstanceOf(StorageError);
    const note = await addNote('family-help', 'once');
    await deleteNote(note.id);
    await expect(deleteNote(note.id)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(updateNote(note.id, 'again')).rejects.toMatchObject({ kind: 'not-found' });
    expect(await listNotes()).toEqual([]);
  });

  it('reports a full disk as a quota error instead of swallowing it', async () => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.notes.hook('creating', refuse);
    try {
      await expect(addNote('family-help', 'Will not fit')).rejects.toMatchObject({
        name: 'StorageError',
        kind: 'quota',
        message: expect.stringContaining('no more storage space'),
      });
    } finally {
      db.notes.hook('creating').unsubscribe(refuse);
    }
    expect(await listNotes()).toEqual([]);
  });

  it('live queries emit again when notes change', async () => {
    const notes = nextValues<Note[]>(liveNotes('family-help'));
    try {
      await expect.poll(() => notes.values.length).toBe(1);
      expect(notes.values[0]).toEqual([]);
      const note = await addNote('family-help', 'Seen everywhere');
      await expect.poll(() => notes.values.at(-1)?.map((n) => n.text)).toEqual(['Seen everywhere']);
      await updateNote(note.id, 'Edited');
      await expect.poll(() => notes.values.at(-1)?.map((n) => n.text)).toEqual(['Edited']);
      await deleteNote(note.id);
      await expect.poll(() => notes.values.at(-1)).toEqual([]);
    } finally {
      notes.stop();
    }
  });
});
