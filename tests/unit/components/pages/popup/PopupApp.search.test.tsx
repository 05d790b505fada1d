import '../../../support/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../../components/pages/popup/PopupApp';
import { fakeTab, resetExtensionState } from '../../../support/popup-support';

async function renderPopup() {
  fakeTab({ id: 7, url: 'https://www.communitycare.co.uk/story', mentions: [] });
  const view = render(<PopupApp search="?tab=7" />);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).toBeTruthy());
  return view;
}

function searchBox(): HTMLInputElement {
  return screen.getByRole('searchbox', { name: /Search the review’s recommendations/ }) as HTMLInputElement;
}

function resultButtons(): HTMLElement[] {
  return within(screen.getByRole('list', { name: /result/ })).getAllByRole('button');
}

describe('popup search', () => {
  beforeEach(resetExtensionState);
  afterEach(cleanup);

  it('has the search box focused as soon as it opens', async () => {
    await renderPopup();
    expect(document.activeElement).toBe(searchBox());
  });

  it('finds the kinship allowance with a typo and highlights the matched words', async () => {
    await renderPopup();
    fireEvent.input(searchBox(), { target: { value: 'kinship alowance' } });
    const [first] = resultButtons();
    expect(first!.dataset.recordId).toBe('fn-3');
    const marked = [...first!.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase());
    expect(marked.join(' ')).toContain('kinship allowance');
  });

  it('says the status in words in each result', async () => {
    await renderPopup();
    fireEvent.input(searchBox(), { target: { value: 'kinship allowance' } });
    expect(within(resultButtons()[0]!).getByText('Piloting')).toBeTruthy();
  });

  it('walks the results with the arrow keys and returns to the search box from the top', async () => {
    await renderPopup();
    fireEvent.input(searchBox(), { target: { value: 'kinship' } });
    const buttons = resultButtons();
    expect(buttons.length).toBeGreaterThan(2);
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons.at(-1));
    fireEvent.keyDown(buttons.at(-1)!, { key: 'Home' });
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(searchBox());
  });

  it('opens a result, then Escape goes back to the list with focus on that result', async () => {
    await renderPopup();
    fireEvent.input(searchBox(), { target: { value: 'kinship alowance' } });
    fireEvent.click(resultButtons()[0]!);
    const title = await screen.findByRole('heading', { level: 2, name: 'A kinship allowance at fostering rates' });
    expect(document.activeElement).toBe(title);
    expect(screen.getByRole('heading', { name: 'Your notes' })).toBeTruthy();
    fireEvent.keyDown(title, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(resultButtons()[0]));
    expect(searchBox().value).toBe('kinship alowance');
  });

  it('Enter in the search box opens the top result', async () => {
    await renderPopup();
    fireEvent.input(searchBox(), { target: { value: 'regional care co-operatives' } });
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    expect(await screen.findByRole('heading', { level: 2, name: /Regional Care Co-operatives/ })).toBeTruthy();
  });

  it('filters by status and theme, with or without words', async () => {
    await renderPopup();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'rejected' } });
    const rejected = resultButtons();
    expect(rejected.length).toBeGreaterThan(0);
    for (const button of rejected) expect(within(button).getByText('Rejected')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'family-networks' } });
    const ids = resultButtons().map((button) => button.dataset.recordId);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.every((id) => id?.startsWith('fn-'))).toBe(true);
  });

  it('says so when nothing matches', async () => {
    await renderPopup();
    fireEvent.input(searchBox(), { target: { value: 'zzqxjv' } });
    expect(screen.getByRole('heading', { name: '0 results' })).toBeTruthy();
    expect(screen.getByText(/Nothing matches/)).toBeTruthy();
  });

  it('Escape in the search box clears the words', async () => {
    await renderPopup();
    fireEvent.input(searchBox(), { target: { value: 'kinship' } });
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect(searchBox().value).toBe('');
    expect(screen.queryByRole('heading', { name: /results?$/ })).toBeNull();
  });
});
