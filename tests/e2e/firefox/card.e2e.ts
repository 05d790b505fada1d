/**
 * The card in Firefox, opened the two ways a reader opens it: by hovering a mention, and by the extension's keyboard
 * shortcut (manifest `commands`, Alt+Shift+. and Alt+Shift+,).
 *
 * The shortcut is pressed for real: Firefox runs headful on a private X display (Xvfb) and xdotool types the keys
 * into its window. WebDriver BiDi's key actions cannot do this: Firefox synthesises them inside the page's content
 * process, and the browser's shortcuts — an extension's commands among them — are handled in the parent process,
 * which never sees them. Keys from the X server take the reader's path: parent process → `commands.onCommand` in the
 * background → `tabs.sendMessage` → the content script.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchFirefoxExtensionBrowser, type FirefoxExtensionBrowser } from '../../../scripts/harness/firefox-browser';
import { startVirtualDisplay, type VirtualDisplay } from '../../../scripts/harness/virtual-display';
import {
  cardTitle,
  hoverMention,
  mentionBox,
  pageFocus,
  readCard,
  setSettings,
  waitForCard,
} from './support/firefox-card';
import { openFixture } from './support/firefox-pages';

describe('Firefox: the card', () => {
  let display: VirtualDisplay;
  let firefox: FirefoxExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    display = await startVirtualDisplay();
    firefox = await launchFirefoxExtensionBrowser({ headless: false, display: display.display });
    await setSettings(firefox, { hoverDelayMs: 400 });
  });
  afterAll(async () => {
    await firefox?.close();
    await display?.stop();
  });
  beforeEach(async () => {
    await page?.close();
    page = (await openFixture(firefox, 'card-article.html')).page;
    await mentionBox(page, 'virtual school heads');
  });

  function pressShortcut(keys: 'alt+shift+period' | 'alt+shift+comma'): void {
    display.pressKeys('firefox', keys);
  }

  it('opens after the hover delay on a hovered mention, with its record, and closes when the pointer leaves', async () => {
    await hoverMention(page, 'virtual school heads');
    const hoveredAt = Date.now();
    const card = await waitForCard(firefox, page);
    expect(Date.now() - hoveredAt).toBeGreaterThanOrEqual(400 - 60);
    expect(card!.text).toContain(cardTitle('edu-4'));
    expect(card!.pinned).toBe(false);

    await page.mouse.move(5, 5, { steps: 3 });
    await waitForCard(firefox, page, (shown) => shown === null, 3_000);
  });

  it('does not open when the pointer only passes over a mention', async () => {
    await hoverMention(page, 'kinship allowance');
    await page.mouse.move(5, 5, { steps: 2 });
    await new Promise((resolveWait) => setTimeout(resolveWait, 1_000));
    expect(await readCard(firefox, page)).toBeNull();
  });

  it('the keyboard shortcut opens the next mention’s card pinned, with focus in it; Escape closes it', async () => {
    await page.focus('#share');
    pressShortcut('alt+shift+period');
    const card = await waitForCard(firefox, page, (shown) => shown?.focused === true);
    expect(card!.text).toContain(cardTitle('edu-4'));
    expect(card!.pinned).toBe(true);

    await page.keyboard.press('Escape');
    await waitForCard(firefox, page, (shown) => shown === null, 3_000);
    expect(await pageFocus(page)).toBe('share');
  });

  it('steps forward and back through the mentions with the shortcuts', async () => {
    await page.focus('#share');
    pressShortcut('alt+shift+period');
    await waitForCard(firefox, page, (shown) => shown?.text.includes(cardTitle('edu-4')) === true);
    pressShortcut('alt+shift+period');
    await waitForCard(firefox, page, (shown) => shown?.text.includes(cardTitle('fn-3')) === true);
    pressShortcut('alt+shift+comma');
    const back = await waitForCard(firefox, page, (shown) => shown?.text.includes(cardTitle('edu-4')) === true);
    expect(back!.pinned).toBe(true);
  });
});
