/**
 * "What is this?" on the first card a reader opens: one line, a link to the welcome page (which explains marks,
 * cards and statuses) and a button that dismisses it for good.
 */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';

export interface CardHintProps {
  welcomeHref: string;
  onDismiss(): void;
  /** The card, which takes keyboard focus when the dismiss button goes away. */
  cardRef: RefObject<HTMLElement>;
}

export function CardHint({ welcomeHref, onDismiss, cardRef }: CardHintProps) {
  const [shown, setShown] = useState(true);
  if (!shown) return null;
  const dismiss = () => {
    setShown(false);
    onDismiss();
    // Focus stays in the card rather than falling to the frame's body.
    cardRef.current?.focus({ preventScroll: true });
  };
  return (
    <p class="crl-hint" data-testid="card-hint">
      <span>
        <strong>What is this?</strong>{' '}
        <a href={welcomeHref} target="_blank" rel="noopener noreferrer">
          How marks and cards work<span class="crl-visually-hidden"> (opens in a new tab)</span>
        </a>
      </span>
      <button type="button" class="crl-hint-dismiss" aria-label="Dismiss this hint" onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </p>
  );
}
