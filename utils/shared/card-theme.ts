/** The card's colour scheme: the content script picks it from the page, the card frame draws in it. */
export type CardTheme = 'light' | 'dark';
