/**
 * Reads the packaged card text once per card frame, when the frame starts (on the reader's first approach to a
 * mark). The file comes from the extension's own package (no network, no service worker) and is not web-accessible:
 * only the extension's own pages can read it.
 */
import type { CardRecord, CardText } from '../../../data/compiled-types';

export type CardLookup = ReadonlyMap<string, CardRecord>;

export interface CardTextLoader {
  /** Starts reading if it has not started; resolves to every card by id. */
  load(): Promise<CardLookup>;
  /** The cards when already read, without waiting. */
  loaded(): CardLookup | null;
  /** The dataset's version and as-of date once the cards are read, for the card's small print. */
  about(): DatasetAbout | null;
}

export interface DatasetAbout {
  version: string;
  asOf: string;
}

export class CardTextError extends Error {
  override name = 'CardTextError';
}

/**
 * @param fetchCardText reads and parses the packaged file (injected so unit tests need no browser).
 * @param expectedVersion when given, the dataset version the file must have: a mismatch means a half-updated
 *   extension, and the cards would not fit the marks.
 */
export function createCardTextLoader(fetchCardText: () => Promise<unknown>, expectedVersion?: string): CardTextLoader {
  let cards: CardLookup | null = null;
  let about: DatasetAbout | null = null;
  let pending: Promise<CardLookup> | null = null;
  return {
    load() {
      if (cards) return Promise.resolve(cards);
      pending ??= fetchCardText()
        .then((value) => {
          cards = toLookup(value, expectedVersion);
          const { version, asOf } = value as CardText;
          about = { version, asOf };
          return cards;
        })
        .catch((error: unknown) => {
          pending = null; // let the next card try again
          throw error instanceof CardTextError ? error : new CardTextError(`Card text unreadable: ${String(error)}`);
        });
      return pending;
    },
    loaded: () => cards,
    about: () => about,
  };
}

function toLookup(value: unknown, expectedVersion: string | undefined): CardLookup {
  const text = value as Partial<CardText> | null;
  if (!text || typeof text !== 'object' || !Array.isArray(text.cards)) {
    throw new CardTextError('Card text has no cards.');
  }
  if (expectedVersion !== undefined && text.version !== expectedVersion) {
    throw new CardTextError(`Card text is for dataset ${text.version}, the marks for ${expectedVersion}.`);
  }
  return new Map(text.cards.map((card) => [card.id, card]));
}
