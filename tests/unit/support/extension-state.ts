/** What the popup's and the library's component tests both set up: the manifest the pages read, and an empty database. */
import { vi } from 'vitest';
import { db } from '../../../utils/extension/db/db';
import { fakeBrowser } from './fake-browser';

/** The content script's match patterns in the fake manifest: one curated site, and the e2e fixture host. */
export const MANIFEST_PATTERNS = ['https://www.communitycare.co.uk/*', 'http://127.0.0.1/*'];

export function mockManifest(): void {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Care Review Lens',
    version: '0.1.0',
    content_scripts: [{ matches: MANIFEST_PATTERNS, js: ['content-scripts/content.js'] }],
  } as never);
}

export async function clearDatabase(): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}
