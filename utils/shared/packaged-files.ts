/** Files the build adds to the package beside the bundles (wxt.config.ts copies them; the content script reads them). */

/** The card text (data/compiled-types.ts `CardText`), read by the content script the first time a card opens. */
export const CARD_TEXT_FILE = 'card-text.json';
