/** Helpers shared by the notes and storage unit tests (fake-indexeddb is installed by tests/unit/setup.ts). */
import { db, type NoteRow } from '../../../utils/extension/db/db';

export async function clearDatabase(): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

/** Every note row, sorted by id, for before/after comparisons. */
export async function snapshotNotes(): Promise<NoteRow[]> {
  return (await db.notes.toArray()).sort((a, b) => a.id.localeCompare(b.id));
}
