/**
 * Who may send what. Web pages cannot call `runtime.sendMessage` for this extension at all (there is no
 * `externally_connectable`), but every handler still checks the sender, so a compromised or confused context
 * gets nothing it should not.
 */
import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

export function isFromThisExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** The popup, the library page or another page of this extension, never a content script on a web page. */
export function isFromExtensionPage(sender: Sender): boolean {
  const origin = browser.runtime.getURL('/');
  return isFromThisExtension(sender) && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** This extension's content script running in a tab, or one of its own pages. */
export function isFromContentScriptOrPage(sender: Sender): boolean {
  return isFromThisExtension(sender) && (sender.tab !== undefined || isFromExtensionPage(sender));
}

/** The hostname of the page a content script runs in, when the sender is one. */
export function senderHostname(sender: Sender): string | undefined {
  // The frame the content script runs in (a card inside an embedded frame belongs to that frame's site).
  const url = sender.url ?? sender.tab?.url;
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
