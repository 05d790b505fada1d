import { describe, expect, it } from 'vitest';
import {
  libraryHash,
  libraryPath,
  parseLibraryRoute,
  type LibraryRoute,
} from '../../../../../utils/extension/library/library-route';

describe('library routes', () => {
  it('reads a record route, as the background opens it from a card', () => {
    expect(parseLibraryRoute('#/record/kinship-allowance')).toEqual({ view: 'record', recordId: 'kinship-allowance' });
  });

  it('reads a record’s notes route, which lands on its note box', () => {
    expect(parseLibraryRoute('#/record/fh-1/notes')).toEqual({ view: 'record', recordId: 'fh-1', focus: 'notes' });
    expect(parseLibraryRoute('#record/fh-1/notes/')).toEqual({ view: 'record', recordId: 'fh-1', focus: 'notes' });
    expect(libraryPath({ view: 'record', recordId: 'fh-1', focus: 'notes' })).toBe('/library.html#/record/fh-1/notes');
  });

  it('reads the simple views, with or without a trailing slash', () => {
    expect(parseLibraryRoute('#/notes')).toEqual({ view: 'notes' });
    expect(parseLibraryRoute('#/settings/')).toEqual({ view: 'settings' });
    expect(parseLibraryRoute('#/data')).toEqual({ view: 'data' });
    expect(parseLibraryRoute('#/about')).toEqual({ view: 'about' });
  });

  it('falls back to the records table for an empty or unknown hash', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/nonsense',
      '#/record',
      '#/record/',
      '#/record/a/b',
      '#/record/a/notes/x',
      '#/notes/extra',
    ]) {
      expect(parseLibraryRoute(hash)).toEqual({ view: 'records' });
    }
  });

  it('does not throw on a malformed escape', () => {
    expect(parseLibraryRoute('#/record/%E0%A4%A')).toEqual({ view: 'records' });
  });

  it('round-trips every route, escaping odd ids', () => {
    const routes: LibraryRoute[] = [
      { view: 'records' },
      { view: 'record', recordId: 'fh-1' },
      { view: 'record', recordId: 'a b/c' },
      { view: 'record', recordId: 'a b/c', focus: 'notes' },
      { view: 'notes' },
      { view: 'data' },
      { view: 'settings' },
      { view: 'about' },
    ];
    for (const route of routes) expect(parseLibraryRoute(libraryHash(route))).toEqual(route);
  });

  it('builds the path the background passes to runtime.getURL', () => {
    expect(libraryPath({ view: 'record', recordId: 'virtual-school-heads' })).toBe(
      '/library.html#/record/virtual-school-heads',
    );
  });
});
