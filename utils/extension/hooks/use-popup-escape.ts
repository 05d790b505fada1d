/**
 * Escape in the popup steps back instead of closing it: from a record to the list, from the list to the search
 * box, and then clears the search. A textarea with a draft in it keeps its Escape. Handled keys do not reach the
 * browser, which would otherwise close the popup.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export interface PopupEscapeOptions {
  input: RefObject<HTMLInputElement>;
  /** A record is open (Escape goes back to the list). */
  recordOpen: boolean;
  back(): void;
  query: string;
  clearQuery(): void;
}

export function usePopupEscape({ input, recordOpen, back, query, clearQuery }: PopupEscapeOptions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target instanceof HTMLTextAreaElement && target.value.trim() !== '') return;
      if (recordOpen) {
        event.preventDefault();
        back();
      } else if (document.activeElement !== input.current) {
        event.preventDefault();
        input.current?.focus();
      } else if (query !== '') {
        event.preventDefault();
        clearQuery();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [recordOpen, query]);
}
