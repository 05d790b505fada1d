/**
 * Sends a message from an extension page to the background service worker and unwraps the reply: resolves with
 * the value, or rejects with a `StorageError` / `NotesImportError` carrying the message to show the user.
 */
import { browser } from 'wxt/browser';
import type { BackgroundReply, UiToBackgroundMessage, UiToBackgroundReplies } from './ui-to-background';
import { NotesImportError } from '../notes/notes-import';
import { StorageError } from '../db/storage-errors';

export async function askBackground<M extends UiToBackgroundMessage>(
  message: M,
): Promise<UiToBackgroundReplies[M['type']]> {
  const reply = (await browser.runtime.sendMessage(message)) as BackgroundReply<UiToBackgroundReplies[M['type']]>;
  if (!reply) throw new StorageError('unavailable', 'The extension’s background worker did not answer. Try again.');
  if (reply.ok) return reply.value;
  if (reply.error.kind === 'import') throw new NotesImportError('invalid-note', reply.error.message);
  if (reply.error.kind === 'bad-message') throw new StorageError('invalid', reply.error.message);
  throw new StorageError(reply.error.kind, reply.error.message);
}
