/**
 * What the popup's component tests share: the fake extension API (storage real, tabs and permissions driven per
 * test) and a clean database. Import `./support-fake-browser` before this in the test file.
 */
import { vi } from 'vitest';
import type { PageMarking, PageMentionSummary, UiToContentMessage } from '../../../utils/shared/messages/ui-to-content';
import { clearDatabase, mockManifest } from './extension-state';
import { fakeBrowser } from './fake-browser';

export interface FakeTab {
  id: number;
  url: string | undefined;
  /** What the content script reports; undefined: no content script in the tab. */
  mentions?: PageMentionSummary[];
  /** The content script's account of marking; marking, on a page about care, by default. */
  marking?: PageMarking;
}

export interface FakeTabLog {
  messages: UiToContentMessage[];
}

/** Points the extension API at one tab and records what the popup sends it. */
export function fakeTab(tab: FakeTab): FakeTabLog {
  const log: FakeTabLog = { messages: [] };
  mockManifest();
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => {
    if (id !== tab.id) throw new Error(`No tab with id: ${id}.`);
    return { id: tab.id, url: tab.url };
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: tab.id, url: tab.url, active: true }] as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: UiToContentMessage) => {
    log.messages.push(message);
    if (!tab.mentions) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (message.type === 'care-lens/get-page-mentions') {
      const marking = tab.marking ?? { state: 'on', aboutCare: true, reading: false };
      return { mentions: tab.mentions, url: tab.url ?? '', marking };
    }
    return { revealed: tab.mentions.some((mention) => mention.recordId === message.recordId) };
  }) as never);
  return log;
}

export async function resetExtensionState(): Promise<void> {
  fakeBrowser.reset();
  await clearDatabase();
}
