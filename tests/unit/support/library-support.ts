/** Shared set-up for the library page's component tests: the fake extension API and a clean database. */
import { vi } from 'vitest';
import { db } from '../../../utils/extension/db/db';
import { fakeBrowser } from './fake-browser';

export const MANIFEST_PATTERNS = ['https://www.communitycare.co.uk/*', 'http://127.0.0.1/*'];

export async function resetLibraryState(hash = '#/'): Promise<void> {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Care Review Lens',
    version: '0.1.0',
    content_scripts: [{ matches: MANIFEST_PATTERNS, js: ['content-scripts/content.js'] }],
  } as never);
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  window.location.hash = hash;
}
