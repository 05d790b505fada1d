/**
 * Whether the reader wants cards to open as the short summary or with the details shown. Kept in extension storage
 * (written only by the card frame, an extension page), so every card in every tab opens the way the reader chose.
 */
import { storage } from 'wxt/utils/storage';

export type CardView = 'summary' | 'details';

export const cardViewItem = storage.defineItem<CardView>('local:cardView', { fallback: 'summary' });

export async function readCardView(): Promise<CardView> {
  const stored = await cardViewItem.getValue().catch(() => 'summary' as const);
  return stored === 'details' ? 'details' : 'summary';
}

export function saveCardView(view: CardView): Promise<void> {
  return cardViewItem.setValue(view);
}
