import { describe, expect, it } from 'vitest';
import { isUiToBackgroundMessage } from '../../utils/extension/messages/ui-to-background';

const note = {
  id: 'n1',
  recordId: 'fh-1',
  text: 'x',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('UI-to-background message validation', () => {
  it.each([
    { type: 'care-lens/notes-list' },
    { type: 'care-lens/notes-list', recordId: 'fh-1' },
    { type: 'care-lens/notes-add', recordId: 'fh-1', text: 'hello' },
    { type: 'care-lens/notes-update', id: 'n1', text: 'hello' },
    { type: 'care-lens/notes-delete', id: 'n1' },
    { type: 'care-lens/notes-restore', note },
    { type: 'care-lens/notes-restore', note: { ...note, deletedAt: '2026-01-02T00:00:00.000Z' } },
    { type: 'care-lens/notes-export', format: 'json' },
    { type: 'care-lens/notes-export', format: 'markdown' },
    { type: 'care-lens/notes-export', format: 'csv' },
    { type: 'care-lens/notes-import', fileText: '{}' },
    { type: 'care-lens/storage-status' },
  ])('accepts %j', (message) => {
    expect(isUiToBackgroundMessage(message)).toBe(true);
  });

  it.each([
    null,
    'care-lens/notes-list',
    {},
    { type: 'care-lens/notes-drop-all' },
    { type: 'care-lens/notes-list', recordId: 7 },
    { type: 'care-lens/notes-add', recordId: 'fh-1' },
    { type: 'care-lens/notes-add', text: 'hello' },
    { type: 'care-lens/notes-update', id: 'n1', text: { toString: () => 'x' } },
    { type: 'care-lens/notes-delete' },
    { type: 'care-lens/notes-restore', note: { ...note, text: undefined } },
    { type: 'care-lens/notes-restore', note: { ...note, deletedAt: 5 } },
    { type: 'care-lens/notes-export', format: 'html' },
    { type: 'care-lens/notes-import', fileText: new Blob(['{}']) },
  ])('rejects %j', (message) => {
    expect(isUiToBackgroundMessage(message)).toBe(false);
  });
});
