/** Handlers for messages from the extension's own pages (`utils/extension/messages/ui-to-background.ts`). */
import { db } from '../db/db';
import { getDatasetMeta } from '../db/dataset-repository';
import type { UiToBackgroundMessage, UiToBackgroundReplies } from '../messages/ui-to-background';
import { exportStoredNotes } from '../notes/notes-export-stored';
import { importNotesFile } from '../notes/notes-import';
import { addNote, deleteNote, listNotes, restoreNote, updateNote } from '../notes/notes-repository';
import { withStorageErrors } from '../db/storage-errors';

export async function handleUiMessage(
  message: UiToBackgroundMessage,
): Promise<UiToBackgroundReplies[UiToBackgroundMessage['type']]> {
  switch (message.type) {
    case 'care-lens/notes-list':
      return listNotes(message.recordId);
    case 'care-lens/notes-add':
      return addNote(message.recordId, message.text);
    case 'care-lens/notes-update':
      return updateNote(message.id, message.text);
    case 'care-lens/notes-delete':
      return deleteNote(message.id);
    case 'care-lens/notes-restore':
      return restoreNote(message.note);
    case 'care-lens/notes-export':
      return exportStoredNotes(message.format);
    case 'care-lens/notes-import':
      return importNotesFile(message.fileText);
    case 'care-lens/storage-status': {
      const dataset = await getDatasetMeta();
      const [recordCount, notes] = await withStorageErrors('count the stored data', () =>
        Promise.all([db.records.count(), listNotes()]),
      );
      return { dataset, recordCount, noteCount: notes.length };
    }
  }
}
