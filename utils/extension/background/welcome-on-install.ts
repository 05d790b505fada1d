/**
 * Opens the welcome page when Care Review Lens is first installed — never on an update, a reload or a browser
 * start: the reader already knows it then, and can reach the page from the popup and the library.
 */
import { browser } from 'wxt/browser';
import { WELCOME_PATH } from '../welcome-page';

export function registerWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch((error: unknown) => {
      console.error('Care Review Lens could not open its welcome page:', error);
    });
  });
}
