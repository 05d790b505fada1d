/**
 * A list whose items (elements with `data-list-item`) are walked with the arrow keys, Home and End. Up from the
 * first item, or typing a letter, hands focus back to the search box via `onLeave`.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { listItems, listMoveForKey, nextListIndex } from '../../../utils/extension/search/list-keyboard';

export interface KeyboardListProps {
  label?: string;
  labelledBy?: string;
  class?: string;
  onLeave(): void;
  children: ComponentChildren;
}

export function KeyboardList({ label, labelledBy, class: className, onLeave, children }: KeyboardListProps) {
  const ref = useRef<HTMLUListElement>(null);
  return (
    <ul
      ref={ref}
      class={className}
      aria-label={label}
      aria-labelledby={labelledBy}
      onKeyDown={(event) => listKeyDown(ref.current, event, onLeave)}
    >
      {children}
    </ul>
  );
}

/**
 * The list keys for every `data-list-item` inside `container` (which may hold several lists, walked as one):
 * arrows, Home and End move; Up from the first item, or typing a letter, calls `onLeave`.
 */
export function listKeyDown(container: Element | null, event: KeyboardEvent, onLeave: () => void): void {
  const items = listItems(container);
  const move = listMoveForKey(event.key);
  if (move) {
    event.preventDefault();
    const current = items.findIndex((item) => item === document.activeElement);
    const next = nextListIndex(current, items.length, move);
    if (next === -1) onLeave();
    else items[next]?.focus();
    return;
  }
  const typing = event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (typing) onLeave();
}

/** Focuses the first item of the list inside `container`; false when the list is empty. */
export function focusFirstListItem(container: Element | null): boolean {
  const [first] = listItems(container);
  first?.focus();
  return Boolean(first);
}
