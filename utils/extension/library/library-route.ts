/**
 * The library page's views live in the URL hash, so the browser's back button, bookmarks and links from other
 * extension pages all work. A card's "Open notes" opens `library.html#/record/<id>/notes`: the record, scrolled to
 * its note box with the cursor in it.
 */

export type LibraryRoute =
  | { view: 'records' }
  /** `focus: 'notes'`: land on the record's note box, ready to type. */
  | { view: 'record'; recordId: string; focus?: 'notes' }
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
  if (first === 'record' && rest[0] && (rest.length === 1 || (rest.length === 2 && rest[1] === 'notes'))) {
    const recordId = safeDecode(rest[0]);
    if (recordId)
      return rest.length === 2 ? { view: 'record', recordId, focus: 'notes' } : { view: 'record', recordId };
  }
  const simple = SIMPLE_VIEWS.find((view) => view === first);
  if (simple && rest.length === 0) return { view: simple };
  return { view: 'records' };
}

export function libraryHash(route: LibraryRoute): string {
  if (route.view === 'record') {
    return `#/record/${encodeURIComponent(route.recordId)}${route.focus === 'notes' ? '/notes' : ''}`;
  }
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
