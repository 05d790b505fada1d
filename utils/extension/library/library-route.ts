/**
 * The library page's views live in the URL hash, so the browser's back button, bookmarks and links from other
 * extension pages (the background opens `library.html#/record/<id>` for a card's "Open notes") all work.
 */

export type LibraryRoute =
  | { view: 'records' }
  | { view: 'record'; recordId: string }
  | { view: 'notes' }
  | { view: 'data' }
  | { view: 'settings' }
  | { view: 'about' };

export type LibraryView = LibraryRoute['view'];

const SIMPLE_VIEWS = ['notes', 'data', 'settings', 'about'] as const;

/** Reads a `location.hash` value ("#/record/kinship-allowance"); anything unknown falls back to the records table. */
export function parseLibraryRoute(hash: string): LibraryRoute {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const [first, ...rest] = path.split('/');
  if (first === 'record' && rest.length === 1 && rest[0]) {
    const recordId = safeDecode(rest[0]);
    if (recordId) return { view: 'record', recordId };
  }
  const simple = SIMPLE_VIEWS.find((view) => view === first);
  if (simple && rest.length === 0) return { view: simple };
  return { view: 'records' };
}

export function libraryHash(route: LibraryRoute): string {
  if (route.view === 'record') return `#/record/${encodeURIComponent(route.recordId)}`;
  if (route.view === 'records') return '#/';
  return `#/${route.view}`;
}

/** The extension-relative path that opens the library at `route` (for `runtime.getURL`). */
export function libraryPath(route: LibraryRoute): string {
  return `/library.html${libraryHash(route)}`;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
