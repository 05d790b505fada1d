/**
 * The packaged card text is the extension's, not the page's: in Firefox, where web-accessible files live under the
 * add-on's per-install UUID, a page that has learnt the UUID still cannot read the card text, while the card (which
 * reads it from the extension's side) still shows it. The harness fixes the UUID, so the page here knows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtensionBrowser, type FirefoxExtensionBrowser } from '../../../scripts/harness/firefox-browser';
import { CARD_TEXT_FILE } from '../../../utils/shared/packaged-files';
import { cardTitle, hoverMention, waitForCard } from './support/firefox-card';
import { openFixture } from './support/firefox-pages';

describe('Firefox: the packaged card text', () => {
  let firefox: FirefoxExtensionBrowser;

  beforeAll(async () => {
    firefox = await launchFirefoxExtensionBrowser();
  });
  afterAll(async () => firefox?.close());

  it('cannot be fetched by a page that knows the add-on’s address, and the card still shows its text', async () => {
    const { page } = await openFixture(firefox, 'card-article.html');
    const attempt = (url: string) =>
      page.evaluate(async (target) => {
        try {
          const response = await fetch(target);
          return `read ${response.status}: ${(await response.text()).length} characters`;
        } catch (error) {
          return `refused: ${(error as Error).name}`;
        }
      }, url);
    expect(await attempt(`${firefox.origin}/${CARD_TEXT_FILE}`)).toBe('refused: TypeError');
    // The control: the page can fetch, and the same request works for a file of its own origin.
    expect(await attempt('/fixtures/fixture.css')).toMatch(/^read 200: [1-9]/);

    await hoverMention(page, 'kinship allowance');
    const card = await waitForCard(firefox, page);
    expect(card!.text).toContain(cardTitle('fn-3'));
    await page.close();
  });
});
