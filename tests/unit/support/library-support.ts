/** Shared set-up for the library page's component tests: the fake extension API and a clean database. */
import { clearDatabase, mockManifest } from './extension-state';
import { fakeBrowser } from './fake-browser';

export async function resetLibraryState(hash = '#/'): Promise<void> {
  fakeBrowser.reset();
  mockManifest();
  await clearDatabase();
  window.location.hash = hash;
}
