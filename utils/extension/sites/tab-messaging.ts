/**
 * Talking to the content script in a tab from the popup: which tab, what it mentions, and asking it to reveal a
 * mention. A tab without our content script (browser pages, sites not switched on) is reported as such, not as an
 * error.
 */
import { e2eHooks } from '#e2e-hooks';
import { browser } from 'wxt/browser';
import type {
  PageMarking,
  PageMentionSummary,
  UiToContentMessage,
  UiToContentReplies,
} from '../../shared/messages/ui-to-content';
import { webHostname } from './site-access-rules';

export interface TargetTab {
  id: number;
  /** Known when the popup was opened on the tab (activeTab) or the extension may read it; otherwise null. */
  url: string | null;
}

export type PageMentionsState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  /** A browser or extension page: no content script can run there. */
  | { status: 'unsupported'; url: string }
  /** No content script answered: the site is not switched on, or the page loaded before the extension. */
  | { status: 'not-running'; url: string | null }
  | { status: 'ready'; url: string; marking: PageMarking; mentions: PageMentionSummary[] };

export class NoContentScriptError extends Error {
  override readonly name = 'NoContentScriptError';
}

/**
 * The tab the popup works on: the active tab of the popup's window, or — in end-to-end builds, which open
 * popup.html in a tab of its own — the tab its query string names.
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const requested = e2eHooks.popupTargetTab(search);
  if (requested !== null) {
    try {
      const tab = await browser.tabs.get(requested);
      return { id: requested, url: tab.url ?? null };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
}

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|No tab with id|message port closed/i;

export async function sendToTab<M extends UiToContentMessage>(
  tabId: number,
  message: M,
): Promise<UiToContentReplies[M['type']]> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, message);
  } catch (error) {
    if (error instanceof Error && NO_RECEIVER.test(error.message)) throw new NoContentScriptError(error.message);
    throw error;
  }
  if (reply === undefined || reply === null) throw new NoContentScriptError('The page did not answer.');
  return reply as UiToContentReplies[M['type']];
}

export async function readPageMentions(tab: TargetTab | null): Promise<PageMentionsState> {
  if (!tab) return { status: 'no-tab' };
  if (tab.url && !webHostname(tab.url)) return { status: 'unsupported', url: tab.url };
  try {
    const reply = await sendToTab(tab.id, { type: 'care-lens/get-page-mentions' });
    return { status: 'ready', url: reply.url, marking: reply.marking, mentions: reply.mentions };
  } catch (error) {
    if (error instanceof NoContentScriptError) return { status: 'not-running', url: tab.url };
    throw error;
  }
}

export async function revealMention(tabId: number, recordId: string): Promise<boolean> {
  try {
    const reply = await sendToTab(tabId, { type: 'care-lens/reveal-mention', recordId });
    return reply.revealed;
  } catch (error) {
    if (error instanceof NoContentScriptError) return false;
    throw error;
  }
}
