import { fakeBrowser } from '../../../support/fake-browser';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WelcomeApp } from '../../../../../components/pages/welcome/WelcomeApp';
import { STATUS_LABELS } from '../../../../../utils/shared/status-labels';
import { STATUSES } from '../../../../../utils/shared/vocabulary';
import { updateSettings } from '../../../../../utils/extension/update-settings';
import { resetLibraryState } from '../../../support/library-support';

function commands(next: string, previous: string, nextAny = 'Ctrl+Shift+.', previousAny = 'Ctrl+Shift+,') {
  fakeBrowser.commands.getAll = vi.fn(async () => [
    { name: 'next-mention', shortcut: next, description: 'Go to the next proposal and open its card' },
    { name: 'previous-mention', shortcut: previous, description: 'Go to the previous proposal' },
    { name: 'next-any-mention', shortcut: nextAny, description: 'Go to the next mention, background included' },
    { name: 'previous-any-mention', shortcut: previousAny, description: 'The previous one, background included' },
  ]) as never;
}

async function renderWelcome() {
  const view = render(<WelcomeApp />);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).toBeTruthy());
  return view;
}

describe('the welcome page', () => {
  beforeEach(async () => {
    await resetLibraryState('');
    commands('Alt+Shift+.', 'Alt+Shift+,');
  });
  afterEach(cleanup);

  it('explains a mark with a real sentence and the real card of the phrase it marks', async () => {
    await renderWelcome();
    expect(document.title).toBe('Welcome — Care Review Lens');
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Care Review Lens' })).toBeTruthy();
    const marks = screen.getByRole('region', { name: 'What a mark means' });
    expect(within(marks).getByText(/Carers’ groups want to know when the/).textContent).toContain('kinship allowance');
    const card = within(marks).getByRole('region', { name: 'Example card: A kinship allowance at fostering rates' });
    expect(
      within(card).getByRole('heading', { level: 3, name: 'A kinship allowance at fostering rates' }),
    ).toBeTruthy();
    expect(within(card).getByText('Piloting')).toBeTruthy();
    expect(within(card).getByText('What the review asked')).toBeTruthy();
    expect(card.tabIndex).toBe(0);
  });

  it('describes the mark in the reader’s chosen style', async () => {
    await updateSettings({ highlightStyle: 'tint' });
    await renderWelcome();
    await waitFor(() => expect(screen.getByText(/with a soft background colour/)).toBeTruthy());
  });

  it('shows the keyboard shortcuts the browser reports, key by key', async () => {
    commands('Ctrl+Shift+Period', 'Alt+Shift+,');
    await renderWelcome();
    const next = await screen.findByTestId('shortcut-next');
    await waitFor(() =>
      expect([...next.querySelectorAll('kbd > kbd')].map((key) => key.textContent)).toEqual(['Ctrl', 'Shift', '.']),
    );
    const previous = screen.getByTestId('shortcut-previous');
    expect([...previous.querySelectorAll('kbd > kbd')].map((key) => key.textContent)).toEqual(['Alt', 'Shift', ',']);
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
  });

  it('shows the shortcuts that stop at background items too', async () => {
    commands('Alt+Shift+.', 'Alt+Shift+,', 'Ctrl+Shift+Period', 'Ctrl+Shift+Comma');
    await renderWelcome();
    const any = await screen.findByTestId('shortcut-next-any');
    await waitFor(() =>
      expect([...any.querySelectorAll('kbd > kbd')].map((key) => key.textContent)).toEqual([
        'Ctrl',
        'Shift',
        '.',
        'Ctrl',
        'Shift',
        ',',
      ]),
    );
    expect(any.textContent).toContain('background items too');
    expect(screen.queryByText(/A shortcut is missing/)).toBeNull();
  });

  it('says so when a shortcut is not set', async () => {
    commands('', 'Alt+Shift+,');
    await renderWelcome();
    await waitFor(() => expect(screen.getByTestId('shortcut-next').textContent).toContain('no shortcut set yet'));
    expect(screen.getByText(/A shortcut is missing/)).toBeTruthy();
  });

  it('defines every status, promises privacy, and says how to switch sites on and off', async () => {
    await renderWelcome();
    const statuses = screen.getByRole('region', { name: 'What the statuses mean' });
    for (const status of STATUSES) {
      expect(within(statuses).getByText(STATUS_LABELS[status].explanation)).toBeTruthy();
    }
    const privacy = screen.getByRole('region', { name: 'Your privacy' });
    expect(privacy.textContent).toContain('No network, ever.');
    expect(privacy.textContent).toContain('Your notes stay on this computer.');
    const sites = screen.getByRole('region', { name: 'Where it runs, and switching it on and off' });
    expect(sites.textContent).toContain('Mark mentions on');
    expect(sites.textContent).toContain('Not on this site');
    expect(sites.textContent).toContain('Pause on all sites');
    expect(screen.getByRole('link', { name: 'Open the library' }).getAttribute('href')).toBe('library.html#/');
  });
});
