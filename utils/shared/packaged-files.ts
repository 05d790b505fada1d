/** Files of the package that the build and the manifest name (wxt.config.ts). */

/** The card text (data/compiled-types.ts `CardText`), copied into the package; only the card frame reads it. */
export const CARD_TEXT_FILE = 'card-text.json';
/** The card frame's page (entrypoints/card-frame), the one web-accessible resource. */
export const CARD_FRAME_PAGE_FILE = 'card-frame.html';
