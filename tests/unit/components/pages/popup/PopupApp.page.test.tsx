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

const ARTICLE = 'https://www.communitycare.co.uk/story';

/** A page naming the review first, then two proposals, a funding total and the Act, then a third proposal. */
const MIXED_PAGE = [
  { recordId: 'independent-review', count: 3 },
  { recordId: 'fn-3', count: 2 },
  { recordId: 'impl-1', count: 1, background: true as const },
  { recordId: 'care-7a', count: 1 },
  { recordId: 'childrens-wellbeing-and-schools-act-2026', count: 1 },
  { recordId: 'ce-5', count: 1 },
];

const rowIds = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((row) => row.dataset.recordId);

describe('popup: on this page', () => {
  beforeEach(resetExtensionState);
  afterEach(cleanup);

  it('lists the proposals the page mentions, with counts and statuses', async () => {
    fakeTab({
      id: 7,
      url: ARTICLE,
      mentions: [
        { recordId: 'fn-3', count: 2 },
        { recordId: 'care-1', count: 1 },
      ],
    });
    await openPopup();
    const list = await screen.findByRole('list', { name: 'Proposals on this page (2)' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.dataset.recordId)).toEqual(['fn-3', 'care-1']);
    expect(within(rows[0]!).getByText('2 mentions')).toBeTruthy();
    expect(within(rows[1]!).getByText('1 mention')).toBeTruthy();
    expect(within(rows[0]!).getByText('A kinship allowance at fostering rates')).toBeTruthy();
    expect(within(rows[0]!).getByText('Piloting')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Background/ })).toBeNull();
  });

  it('sums the page up first, then groups proposals before background, each in order of first mention', async () => {
    fakeTab({ id: 7, url: ARTICLE, mentions: MIXED_PAGE });
    await openPopup();
    const summary = await screen.findByTestId('page-summary');
    await waitFor(() =>
      expect(summary.textContent).toBe(
        'This article mentions 3 of the review’s proposals (1 in law, 1 being piloted, 1 rejected) and 3 background items.',
      ),
    );
    const proposals = screen.getByRole('list', { name: 'Proposals on this page (3)' });
    expect(rowIds(proposals)).toEqual(['fn-3', 'care-7a', 'ce-5']);

    // Background waits behind its heading until asked for.
    const toggle = screen.getByRole('button', { name: 'Background on this page (3)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: 'Background on this page' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const background = screen.getByRole('list', { name: 'Background on this page' });
    expect(rowIds(background)).toEqual(['independent-review', 'impl-1', 'childrens-wellbeing-and-schools-act-2026']);
    // The funding total's record has a status, but here it is named only as background.
    expect(within(background).getAllByRole('listitem')[1]!.textContent).toContain('Invest about £2.6bn');
  });

  it('shows the background straight away when the page names no proposal', async () => {
    fakeTab({ id: 7, url: ARTICLE, mentions: [{ recordId: 'independent-review', count: 2 }] });
    await openPopup();
    const background = await screen.findByRole('list', { name: 'Background on this page' });
    expect(rowIds(background)).toEqual(['independent-review']);
    expect(screen.queryByRole('button', { name: /^Background/ })).toBeNull();
    expect(screen.getByTestId('page-summary').textContent).toBe(
      'This article mentions none of the review’s proposals, only 1 background item.',
    );
  });

  it('puts the summary and both switches above the search box', async () => {
    fakeTab({ id: 7, url: ARTICLE, mentions: MIXED_PAGE });
    await openPopup();
    const summary = await screen.findByTestId('page-summary');
    const siteSwitch = screen.getByRole('switch', { name: /Mark mentions on www.communitycare.co.uk/ });
    const pause = screen.getByRole('switch', { name: 'Pause on all sites' });
    const search = screen.getByRole('searchbox', { name: 'Search the review’s recommendations' });
    const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(summary, siteSwitch)).toBe(true);
    expect(follows(siteSwitch, pause)).toBe(true);
    expect(follows(pause, search)).toBe(true);
    expect(document.activeElement).toBe(search);
  });

  it('walks proposals and background as one list with the arrow keys', async () => {
    fakeTab({ id: 7, url: ARTICLE, mentions: MIXED_PAGE });
    await openPopup();
    await screen.findByRole('list', { name: 'Proposals on this page (3)' });
    const search = screen.getByRole('searchbox');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    const focusedRow = () => document.activeElement?.closest('li')?.dataset.recordId;
    expect(focusedRow()).toBe('fn-3');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toContain('Background on this page');
    fireEvent.click(document.activeElement!);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(focusedRow()).toBe('independent-review');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(focusedRow()).toBe('fn-3');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(search);
  });

  it('asks the page to reveal the chosen mention, and opens details on request', async () => {
    const log = fakeTab({ id: 7, url: ARTICLE, mentions: [{ recordId: 'fn-3', count: 2 }] });
    await openPopup();
    const list = await screen.findByRole('list', { name: 'Proposals on this page (1)' });
    fireEvent.click(within(list).getByRole('button', { name: /^A kinship allowance at fostering rates/ }));
    await waitFor(() => expect(log.messages).toContainEqual({ type: 'care-lens/reveal-mention', recordId: 'fn-3' }));
    fireEvent.click(within(list).getByRole('button', { name: /Details/ }));
    expect(await screen.findByRole('button', { name: /Show on this page \(2 mentions\)/ })).toBeTruthy();
  });

  it.each([
    [
      'not about children’s social care',
      { state: 'on', aboutCare: false, reading: false },
      'No marks: this page does not seem to be about children’s social care, and names none of the review’s proposals.',
    ],
    [
      'about care, but no proposal',
      { state: 'on', aboutCare: true, reading: false },
      'No marks: this page is about children’s social care, but it names none of the review’s proposals.',
    ],
    ['still reading', { state: 'on', aboutCare: false, reading: true }, 'Reading this page…'],
    [
      'paused',
      { state: 'paused' },
      'No marks: Care Review Lens is paused on all sites. Switch off “Pause on all sites” below to mark this page.',
    ],
    [
      'switched off for the site',
      { state: 'off-on-site' },
      'No marks: you switched Care Review Lens off for www.communitycare.co.uk. Switch it back on below to mark this page.',
    ],
  ] as const)('says why an empty page has no marks: %s', async (_name, marking, text) => {
    fakeTab({ id: 7, url: ARTICLE, mentions: [], marking });
    await openPopup();
    await waitFor(() => expect(screen.getByTestId('page-summary').textContent).toBe(text));
    expect(screen.queryByRole('region', { name: 'On this page' })).toBeNull();
  });

  it('says a site that is not switched on has no marks, and offers the site switch', async () => {
    fakeTab({ id: 7, url: 'https://news.example.org/story' });
    await openPopup();
    await waitFor(() =>
      expect(screen.getByTestId('page-summary').textContent).toBe(
        'No marks: Care Review Lens is not switched on for news.example.org. Switch it on below to mark this page.',
      ),
    );
    const siteSwitch = screen.getByRole('switch', { name: /Mark mentions on news.example.org/ });
    expect((siteSwitch as HTMLInputElement).checked).toBe(false);
  });

  it('asks for a reload on a listed site whose page loaded before the extension', async () => {
    fakeTab({ id: 7, url: ARTICLE });
    await openPopup();
    expect(
      await screen.findByText(/not running on this page yet. If you just installed or updated it, reload/),
    ).toBeTruthy();
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
      marking: { state: 'on', aboutCare: true, reading: false },
    } as never);
    await openPopup();
    expect(await screen.findByRole('switch', { name: /Mark mentions on www.communitycare.co.uk/ })).toBeTruthy();
  });

  it('opens the welcome page from its header', async () => {
    fakeTab({ id: 7, url: ARTICLE, mentions: [] });
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 9 } as never);
    await openPopup();
    fireEvent.click(screen.getByRole('link', { name: /How it works/ }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/welcome\.html$/) }));
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
