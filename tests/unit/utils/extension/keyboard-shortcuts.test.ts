import { fakeBrowser } from '../../support/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { readMentionShortcuts, shortcutKeys } from '../../../../utils/extension/keyboard-shortcuts';

describe('the reader’s shortcuts for stepping through marks', () => {
  it('splits a shortcut into the keys to hold, naming punctuation as it is printed on the key', () => {
    expect(shortcutKeys('Alt+Shift+.')).toEqual(['Alt', 'Shift', '.']);
    expect(shortcutKeys('Alt+Shift+Period')).toEqual(['Alt', 'Shift', '.']);
    expect(shortcutKeys('Ctrl+Comma')).toEqual(['Ctrl', ',']);
    expect(shortcutKeys('Ctrl++')).toEqual(['Ctrl', '+']);
  });

  it('has no keys when no shortcut is set', () => {
    expect(shortcutKeys('')).toBeNull();
    expect(shortcutKeys(undefined)).toBeNull();
  });

  it('reads them from the browser, by command name', async () => {
    fakeBrowser.commands.getAll = vi.fn(async () => [
      { name: 'previous-mention', shortcut: 'Alt+Shift+,', description: '' },
      { name: 'next-mention', shortcut: '', description: '' },
      { name: 'next-any-mention', shortcut: 'Ctrl+Shift+Period', description: '' },
    ]) as never;
    expect(await readMentionShortcuts()).toEqual({
      next: null,
      previous: ['Alt', 'Shift', ','],
      nextAny: ['Ctrl', 'Shift', '.'],
      previousAny: null,
    });
  });
});
