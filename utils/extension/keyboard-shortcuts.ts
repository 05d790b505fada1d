/**
 * The keyboard shortcuts the reader actually has for stepping through marks, as the browser reports them
 * (`commands.getAll`): the manifest suggests Alt+Shift+. and Alt+Shift+, (proposals) and Ctrl+Shift+. and
 * Ctrl+Shift+, (background items included), but the reader or another extension may have changed or taken them.
 */
import { browser } from 'wxt/browser';

export interface MentionShortcuts {
  /** The keys to press one after another held down, e.g. ["Alt", "Shift", "."]; null when no shortcut is set. */
  next: string[] | null;
  previous: string[] | null;
  /** The same, stopping at background items too. */
  nextAny: string[] | null;
  previousAny: string[] | null;
}

const KEY_NAMES: Readonly<Record<string, string>> = { Period: '.', Comma: ',' };

/** "Alt+Shift+." → ["Alt", "Shift", "."]; an empty shortcut (none set) → null. */
export function shortcutKeys(shortcut: string | undefined): string[] | null {
  if (!shortcut) return null;
  // "+" joins the keys, and may itself be the last key ("Ctrl++").
  const plusKey = shortcut.endsWith('++');
  const keys = (plusKey ? shortcut.slice(0, -2) : shortcut).split('+').filter(Boolean);
  if (plusKey) keys.push('+');
  return keys.length > 0 ? keys.map((key) => KEY_NAMES[key] ?? key) : null;
}

export async function readMentionShortcuts(): Promise<MentionShortcuts> {
  const commands = await browser.commands.getAll();
  const find = (name: string) => shortcutKeys(commands.find((command) => command.name === name)?.shortcut);
  return {
    next: find('next-mention'),
    previous: find('previous-mention'),
    nextAny: find('next-any-mention'),
    previousAny: find('previous-any-mention'),
  };
}
