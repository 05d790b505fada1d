/**
 * The one-line "What is this?" the first card carries until the reader dismisses it. Kept in extension storage
 * (written only by the card frame, an extension page), so once dismissed it never comes back, in any tab or after a
 * restart. Not a setting: there is nothing to choose, only something already read.
 */
import { storage } from 'wxt/utils/storage';

export const cardHintDismissedItem = storage.defineItem<boolean>('local:cardHintDismissed', { fallback: false });

export async function readCardHintDismissed(): Promise<boolean> {
  return (await cardHintDismissedItem.getValue().catch(() => false)) === true;
}

export function dismissCardHint(): Promise<void> {
  return cardHintDismissedItem.setValue(true);
}

/** Calls `listener` when another card frame dismisses the hint. Returns an unsubscribe function. */
export function watchCardHintDismissed(listener: (dismissed: boolean) => void): () => void {
  return cardHintDismissedItem.watch((value) => listener(value === true));
}
