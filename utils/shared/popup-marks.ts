/** Performance marks the popup sets for `npm run bench`: the search box has focus; the records are searchable. */
export const POPUP_MARKS = {
  focused: 'care-lens:popup-search-focused',
  ready: 'care-lens:popup-search-ready',
} as const;
