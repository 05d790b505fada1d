/**
 * Installs WXT's in-memory fake extension API as `chrome` before any module that reads it is evaluated (import this
 * first). Storage works for real; APIs the fake leaves unimplemented (tabs messaging, permissions, scripting) are
 * given behaviour per test with `vi.spyOn`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

export { fakeBrowser };
