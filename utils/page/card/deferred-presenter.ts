/**
 * The card presenter is created asynchronously (it mounts its shadow-root UI); marking starts at once and talks to
 * this stand-in, which forwards to the real presenter as soon as it exists.
 */
import type { CardPresenter } from '../mark/mention-types';

export function deferPresenter(created: Promise<CardPresenter>): CardPresenter {
  let presenter: CardPresenter | null = null;
  let destroyed = false;
  void created.then(
    (real) => {
      if (destroyed) real.destroy();
      else presenter = real;
    },
    (error: unknown) => console.error('Care Review Lens: the card could not be created', error),
  );
  return {
    pointerEnteredMention: (mention) => presenter?.pointerEnteredMention(mention),
    pointerLeftMention: () => presenter?.pointerLeftMention(),
    openPinned: (mention) => presenter?.openPinned(mention),
    close: () => presenter?.close(),
    isOpen: () => presenter?.isOpen() ?? false,
    containsTarget: (target) => presenter?.containsTarget(target) ?? false,
    destroy() {
      destroyed = true;
      presenter?.destroy();
      presenter = null;
    },
  };
}
