import { fakeBrowser } from '../../../support/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../../../components/pages/popup/PopupApp';
import { getSettings } from '../../../../../utils/shared/settings';
import { updateSettings } from '../../../../../utils/extension/update-settings';
import { fakeTab, resetExtensionState } from '../../../support/popup-support';

async function openPopup() {
  const view = render(<PopupApp search="?tab=7" />);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).toBeTruthy());
  return view;
}

describe('popup: on this page', () => {
  beforeEach(resetExtensionState);
  afterEach(cleanup);

  it('lists what the page mentions, with counts and statuses', async () => {
    fakeTab({
      id: 7,
      url: 'https://www.communitycare.co.uk/story',
      mentions: [
        { recordId: 'fn-3', count: 2 },
        { recordId: 'care-1', count: 1 },
      ],
    });
    await openPopup();
    const list = await screen.findByRole('list', { name: 'On this page' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.dataset.recordId)).toEqual(['fn-3', 'care-1']);
    expect(within(rows[0]!).getByText('2 mentions')).toBeTruthy();
    expect(within(rows[1]!).getByText('1 mention')).toBeTruthy();
    expect(within(rows[0]!).getByText('A kinship allowance at fostering rates')).toBeTruthy();
    expect(within(rows[0]!).getByText('Piloting')).toBeTruthy();
  });

  it('asks the page to reveal the chosen mention, and opens details on request', async () => {
    const log = fakeTab({
      id: 7,
      url: 'https://www.communitycare.co.uk/story',
      mentions: [{ recordId: 'fn-3', count: 2 }],
    });
    await openPopup();
    const list = await screen.findByRole('list', { name: 'On this page' });
    fireEvent.click(within(list).getByRole('button', { name: /^A kinship allowance at fostering rates/ }));
    await waitFor(() => expect(log.messages).toContainEqual({ type: 'care-lens/reveal-mention', recordId: 'fn-3' }));
    fireEvent.click(within(list).getByRole('button', { name: /Details/ }));
    expect(await screen.findByRole('button', { name: /Show on this page \(2 mentions\)/ })).toBeTruthy();
  });

  it('says when the page mentions nothing', async () => {
    fakeTab({ id: 7, url: 'https://www.communitycare.co.uk/story', mentions: [] });
    await openPopup();
    expect(await screen.findByText(/mentions none of the review’s recommendations/)).toBeTruthy();
  });

  it('explains a tab without the content script and offers the site switch', async () => {
    fakeTab({ id: 7, url: 'https://news.example.org/story' });
    await openPopup();
    expect(await screen.findByText(/not running on this page/)).toBeTruthy();
    const siteSwitch = screen.getByRole('switch', { name: /Mark mentions on news.example.org/ });
    expect((siteSwitch as HTMLInputElement).checked).toBe(false);
  });

  it('explains browser pages, with no site switch', async () => {
    fakeTab({ id: 7, url: 'chrome://extensions/' });
    await openPopup();
    expect(await screen.findByText(/cannot read browser pages/)).toBeTruthy();
    expect(screen.queryByRole('switch', { name: /Mark mentions on/ })).toBeNull();
    expect(screen.getByRole('switch', { name: 'Pause on all sites' })).toBeTruthy();
  });

  it('takes the site from the content script when the tab URL is hidden', async () => {
    fakeTab({ id: 7, url: undefined, mentions: [] });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      mentions: [],
      url: 'https://www.communitycare.co.uk/a',
      marking: true,
    } as never);
    await openPopup();
    expect(await screen.findByRole('switch', { name: /Mark mentions on www.communitycare.co.uk/ })).toBeTruthy();
  });
});

describe('popup: site switch and pause', () => {
  beforeEach(resetExtensionState);
  afterEach(cleanup);

  it('asks for the host permission inside the click when turning a new site on', async () => {
    fakeTab({ id: 7, url: 'https://news.example.org/story' });
    const request = vi.fn(async () => true);
    (fakeBrowser.permissions as { request: unknown }).request = request;
    await openPopup();
    const siteSwitch = await screen.findByRole('switch', { name: /news.example.org/ });
    fireEvent.click(siteSwitch);
    // Synchronously, before any await: the browser only prompts during the user's gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example.org/*', 'http://news.example.org/*'] });
    await waitFor(async () => expect((await getSettings()).enabledSites).toEqual(['news.example.org']));
    await waitFor(() => expect((siteSwitch as HTMLInputElement).checked).toBe(true));
  });

  it('keeps the site off and says why when the permission is refused', async () => {
    fakeTab({ id: 7, url: 'https://news.example.org/story' });
    (fakeBrowser.permissions as { request: unknown }).request = vi.fn(async () => false);
    await openPopup();
    fireEvent.click(await screen.findByRole('switch', { name: /news.example.org/ }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The browser did not give Care Review Lens access to news.example.org, so it stays off there.',
    );
    expect((await getSettings()).enabledSites).toEqual([]);
  });

  it('turns a built-in site off and on without asking for anything', async () => {
    fakeTab({ id: 7, url: 'https://www.communitycare.co.uk/story', mentions: [] });
    const request = vi.fn(async () => true);
    (fakeBrowser.permissions as { request: unknown }).request = request;
    await openPopup();
    const siteSwitch = (await screen.findByRole('switch', { name: /www.communitycare.co.uk/ })) as HTMLInputElement;
    expect(siteSwitch.checked).toBe(true);
    fireEvent.click(siteSwitch);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['www.communitycare.co.uk']));
    fireEvent.click(siteSwitch);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
    expect(request).not.toHaveBeenCalled();
  });

  it('pauses and resumes everywhere, and follows changes made elsewhere', async () => {
    fakeTab({ id: 7, url: 'https://www.communitycare.co.uk/story', mentions: [] });
    await openPopup();
    const pause = (await screen.findByRole('switch', { name: 'Pause on all sites' })) as HTMLInputElement;
    fireEvent.click(pause);
    await waitFor(async () => expect((await getSettings()).paused).toBe(true));
    await updateSettings({ paused: false });
    await waitFor(() => expect(pause.checked).toBe(false));
  });
});
