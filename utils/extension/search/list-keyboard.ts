/**
 * Arrow-key movement through a list of focusable items (search results, "On this page"): Down and Up step, Home and
 * End jump, and Up from the first item returns to the search box. Items carry `data-list-item`.
 */

export type ListMove = 'next' | 'previous' | 'first' | 'last';

const KEY_MOVES: Record<string, ListMove> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function listMoveForKey(key: string): ListMove | undefined {
  return KEY_MOVES[key];
}

/** The index to focus after `move` from `current` (-1: nothing focused yet) in a list of `count`; -1 means "leave". */
export function nextListIndex(current: number, count: number, move: ListMove): number {
  if (count === 0) return -1;
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  if (move === 'next') return Math.min(current + 1, count - 1);
  return current <= 0 ? -1 : current - 1;
}

export function listItems(container: Element | null): HTMLElement[] {
  return container ? [...container.querySelectorAll<HTMLElement>('[data-list-item]')] : [];
}
