/**
 * Remembers the mention whose card the reader just closed (Escape, the close button, a press elsewhere) while the
 * pointer is still on it: hovering it opens nothing until the pointer has left it. The page's pointer tracking does
 * not announce a mention again while the pointer stays on it, but a report that arrives late (a click handled
 * before the pointer's frame check, on a busy page) would otherwise bring the card straight back.
 */
export interface DismissalMemory {
  /** The pointer is on `mentionId`: false while that mention's card was dismissed under it. */
  entered(mentionId: number): boolean;
  left(): void;
  /** The card for `mentionId` (if any) was closed by the reader. */
  dismissed(mentionId: number | null): void;
}

export function createDismissalMemory(): DismissalMemory {
  let hovered: number | null = null;
  let dismissed: number | null = null;
  return {
    entered(mentionId) {
      hovered = mentionId;
      if (dismissed === mentionId) return false;
      dismissed = null;
      return true;
    },
    left() {
      hovered = null;
      dismissed = null;
    },
    dismissed(mentionId) {
      if (mentionId !== null && mentionId === hovered) dismissed = mentionId;
    },
  };
}
