/**
 * Who may send what. Web pages cannot call `runtime.sendMessage` for this extension at all (there is no
 * `externally_connectable`), but every handler still checks the sender, so a compromised or confused context
 * gets nothing it should not.
 */
import { browser, type Browser } from 'wxt/browser';
import { CARD_FRAME_PAGE } from '../../shared/messages/card-frame';

type Sender = Browser.runtime.MessageSender;

export function isFromThisExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** The popup, the library page or another page of this extension, never a content script on a web page. */
export function isFromExtensionPage(sender: Sender): boolean {
  const origin = browser.runtime.getURL('/');
  return isFromThisExtension(sender) && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/**
 * This extension's card frame inside a tab: an extension page whose address is the card page, with the tab it is
 * shown in. A content script (whose address is the web page's) or the popup (no tab) is not one.
 */
export function isFromCardFrame(sender: Sender): boolean {
  if (!isFromExtensionPage(sender) || sender.tab?.id === undefined) return false;
  const page = new URL(sender.url!);
  return page.pathname === CARD_FRAME_PAGE;
}
