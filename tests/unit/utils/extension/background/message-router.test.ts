import { fakeBrowser } from '../../../support/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { routeMessage } from '../../../../../utils/extension/background/message-router';
import { getSettings, settingsItem } from '../../../../../utils/shared/settings';

type Sender = Browser.runtime.MessageSender;

const cardFrame = (tabUrl: string): Sender => ({
  id: fakeBrowser.runtime.id,
  url: `${fakeBrowser.runtime.getURL('/card-frame.html')}#abcdefghijklmnopqrstuv`,
  tab: { id: 7, url: tabUrl } as Browser.tabs.Tab,
});

/** The router's real listener, as the browser calls it: true when it will answer, and the answer. */
async function send(message: unknown, sender: Sender): Promise<{ handled: boolean; reply: unknown }> {
  let resolveReply: (reply: unknown) => void = () => {};
  const replied = new Promise((resolve) => (resolveReply = resolve));
  const handled = routeMessage(message, sender, resolveReply);
  return { handled, reply: handled ? await replied : undefined };
}

describe('the background’s message listener', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.removeValue();
  });

  it('switches marking off, and back on, for the card frame’s own tab only', async () => {
    const sender = cardFrame('https://www.bbc.co.uk/news/education-1');
    expect(await send({ type: 'care-lens/card-site', on: false }, sender)).toEqual({
      handled: true,
      reply: { ok: true, hostname: 'www.bbc.co.uk' },
    });
    expect((await getSettings()).disabledSites).toEqual(['www.bbc.co.uk']);
    expect((await send({ type: 'care-lens/card-site', on: true }, sender)).reply).toEqual({
      ok: true,
      hostname: 'www.bbc.co.uk',
    });
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it.each([
    [
      'a content script (a web page’s address)',
      { ...cardFrame('https://news.example/a'), url: 'https://news.example/a' },
    ],
    ['another extension', { ...cardFrame('https://news.example/a'), id: 'someone-else' }],
    [
      'an extension page without a tab (the popup)',
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
    ],
    [
      'the library page in a tab',
      { ...cardFrame('https://news.example/a'), url: fakeBrowser.runtime.getURL('/library.html') },
    ],
  ])('ignores the card’s request from %s', async (_name, sender) => {
    expect(await send({ type: 'care-lens/card-site', on: false }, sender as Sender)).toEqual({
      handled: false,
      reply: undefined,
    });
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('refuses a card frame on a page that is not a web page, and messages it does not know', async () => {
    const reply = (await send({ type: 'care-lens/card-site', on: false }, cardFrame('chrome://settings'))).reply;
    expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(
      (await send({ type: 'care-lens/disable-site', hostname: 'x.org' }, cardFrame('https://x.org/'))).handled,
    ).toBe(false);
    expect((await send({ type: 'care-lens/card-site', on: 'no' }, cardFrame('https://x.org/'))).handled).toBe(false);
  });
});
