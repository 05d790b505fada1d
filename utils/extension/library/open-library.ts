/**
 * "Open in the library" from a card's notes: show the library at that record's note box (focused, ready to type),
 * reusing an open library tab (routed by its hash) so the user does not collect tabs, or opening a new one. The card
 * frame, an extension page, does this itself: no message to the background.
 */
import { browser } from 'wxt/browser';
import { libraryHash } from './library-route';

async function findLibraryTab(libraryUrl: string): Promise<{ tabId: number; windowId?: number } | undefined> {
  // runtime.getContexts sees this extension's own tabs without the "tabs" permission (Chromium 116+, Firefox 128+).
  if (typeof browser.runtime.getContexts === 'function') {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
    const match = contexts.find((context) => context.documentUrl?.startsWith(libraryUrl) && context.tabId >= 0);
    return match ? { tabId: match.tabId, windowId: match.windowId >= 0 ? match.windowId : undefined } : undefined;
  }
  const tabs = await browser.tabs.query({});
  const tab = tabs.find((candidate) => candidate.url?.startsWith(libraryUrl) && candidate.id !== undefined);
  return tab?.id !== undefined ? { tabId: tab.id, windowId: tab.windowId } : undefined;
}

/** Opens or focuses the library at `recordId`'s notes; resolves with the id of the tab that shows it. */
export async function openLibraryAtRecord(recordId: string): Promise<number | undefined> {
  const libraryUrl = browser.runtime.getURL('/library.html');
  const url = `${libraryUrl}${libraryHash({ view: 'record', recordId, focus: 'notes' })}`;
  const existing = await findLibraryTab(libraryUrl);
  if (existing) {
    // Only the hash changes, so the page routes without reloading and keeps any unsaved state elsewhere.
    await browser.tabs.update(existing.tabId, { url, active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return existing.tabId;
  }
  const tab = await browser.tabs.create({ url, active: true });
  return tab.id;
}
