/** Handlers for messages from the extension's own pages (`utils/messages/ui-to-background.ts`). */
import { db } from '../../utils/db';
import { getDatasetMeta } from '../../utils/dataset-repository';
import type { UiToBackgroundMessage, UiToBackgroundReplies } from '../../utils/messages/ui-to-background';
import { exportStoredNotes } from '../../utils/notes-export-stored';
import { importNotesFile } from '../../utils/notes-import';
import { addNote, deleteNote, listNotes, restoreNote, updateNote } from '../../utils/notes-repository';
import { withStorageErrors } from '../../utils/storage-errors';

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
