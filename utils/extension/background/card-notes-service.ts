/**
 * The background's side of the card frame's notes port (utils/extension/notes/card-notes-protocol.ts): streams the
 * live notes to the frame and performs its changes through the notes repository, in the extension's first-party
 * origin. A new note is filed with the title and address of the tab the card is in, as the browser reports it.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  CARD_NOTES_PORT,
  isCardNotesRequest,
  type CardNoteOperation,
  type CardNotesMessage,
} from '../notes/card-notes-protocol';
import {
  addNote,
  deleteNote,
  liveNotes,
  restoreNote,
  updateNote,
  type Note,
  type NoteChange,
} from '../notes/notes-repository';
import { isStorageError } from '../db/storage-errors';
import { isFromCardFrame } from './sender-checks';
import { errorMessage } from '../error-message';

function perform(operation: CardNoteOperation, tab: Browser.tabs.Tab): Promise<Note | NoteChange> {
  switch (operation.op) {
    case 'add':
      return addNote(operation.recordId, operation.text, tab.url ? { title: tab.title ?? '', url: tab.url } : null);
    case 'update':
      return updateNote(operation.id, operation.text);
    case 'delete':
      return deleteNote(operation.id);
    case 'restore':
      return restoreNote(operation.note);
  }
}

function serve(port: Browser.runtime.Port): void {
  const tab = port.sender!.tab!;
  const post = (message: CardNotesMessage) => {
    try {
      port.postMessage(message);
    } catch {
      // The frame went away.
    }
  };
  const subscription = liveNotes().subscribe({
    next: (notes) => post({ type: 'notes', notes }),
    error: (error: unknown) => console.error('Care Review Lens: cannot read notes for a card', error),
  });
  port.onMessage.addListener((message: unknown) => {
    if (!isCardNotesRequest(message)) return;
    const { requestId } = message;
    perform(message, tab).then(
      (value) => post({ type: 'note-op-result', requestId, ok: true, value }),
      (error: unknown) =>
        post({
          type: 'note-op-result',
          requestId,
          ok: false,
          error: {
            kind: isStorageError(error) ? error.kind : 'database',
            message: errorMessage(error),
          },
        }),
    );
  });
  port.onDisconnect.addListener(() => subscription.unsubscribe());
}

export function registerCardNotesService(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CARD_NOTES_PORT) return;
    if (!port.sender || !isFromCardFrame(port.sender)) {
      port.disconnect();
      return;
    }
    serve(port);
  });
}
