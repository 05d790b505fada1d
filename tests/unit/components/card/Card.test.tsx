import '../../support/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardActionsApi, type CardProps } from '../../../../components/card/Card';
import type { Note } from '../../../../utils/extension/notes/notes-repository';
import type { CardShow } from '../../../../utils/shared/messages/card-frame';
import { makeCardRecord } from '../../support/card-record-fixture';

const hubs = makeCardRecord({ statusFrom: '2026-02-27', title: 'Neighbourhood hubs in every area' });
const named = makeCardRecord({
  id: 'test-named',
  title: 'Make schools a family hubs partner',
  status: 'rejected',
  statusFrom: '2023-02-02',
  related: [],
});
const cards = new Map([hubs, named].map((record) => [record.id, record]));

const show = (overrides: Partial<CardShow> = {}): CardShow => ({
  type: 'show',
  request: 1,
  recordIds: [hubs.id],
  termKey: 'family hubs',
  since: '2023-03-10',
  theme: 'light',
  pinned: false,
  focus: false,
  maxWidth: 420,
  datasetVersion: '2026.12.1',
  ...overrides,
});

function actions(): CardActionsApi {
  return {
    close: vi.fn(),
    viewChanged: vi.fn(),
    copy: vi.fn(async () => 'Copied, with sources.'),
    siteOff: vi.fn(async () => 'news.example'),
    siteOn: vi.fn(async () => undefined),
    dismissHint: vi.fn(),
    notes: { add: vi.fn(), update: vi.fn(), remove: vi.fn(), restore: vi.fn() },
  };
}

function renderCard(overrides: Partial<CardProps> = {}) {
  const props: CardProps = {
    show: show(),
    cards,
    dataset: { version: '2026.12.1', asOf: '2026-12-06' },
    notes: [],
    initialView: 'summary',
    definitionsHref: 'chrome-extension://test/library.html#/about',
    today: new Date('2026-12-07T00:00:00Z'),
    actions: actions(),
    ...overrides,
  };
  return { props, ...render(<Card {...props} />) };
}

const note = (recordId: string): Note => ({
  id: `n-${recordId}`,
  recordId,
  text: 'Mine',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
});

describe('Card', () => {
  afterEach(cleanup);

  it('opens as a summary: title, status in words with when it happened and when it was checked, one line of position', () => {
    const { container } = renderCard();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hubs.title);
    const status = container.querySelector('.crl-status-line')!;
    expect(status.querySelector('.crl-status-badge')?.textContent).toBe('Status: Piloting');
    expect(status.querySelector('.crl-status-happened')?.textContent).toBe('Since 27 Feb 2026');
    expect(status.querySelector('.crl-status-checked')?.textContent).toBe('Checked 29 Jun 2026');
    expect(status.querySelector('a')?.getAttribute('href')).toBe('chrome-extension://test/library.html#/about');
    expect(container.querySelector('.crl-position')?.textContent).toBe(hubs.statusReason);
    expect(container.querySelector('.crl-details')).toBeNull();
    expect(container.querySelector('.crl-dataset-line')?.textContent).toBe(
      'Dataset 2026.12.1, checked 6 December 2026',
    );
    expect(container.querySelector('.crl-stale')).toBeNull();
  });

  it('counts the changes since the article, and the count opens the details at the timeline', async () => {
    const { container, props } = renderCard();
    const link = screen.getByRole('button', { name: '2 changes since this article (10 Mar 2023)' });
    fireEvent.click(link);
    await waitFor(() => expect(container.querySelector('.crl-details')).not.toBeNull());
    expect(container.querySelectorAll('.crl-timeline-event--new')).toHaveLength(2);
    expect(props.actions.viewChanged).toHaveBeenCalledWith('details');
  });

  it('opens with the details when that was the reader’s last choice, and remembers closing them', () => {
    const { container, props } = renderCard({ initialView: 'details' });
    expect(container.querySelector('.crl-details')?.textContent).toContain(hubs.ask);
    fireEvent.click(screen.getByRole('button', { name: 'Hide details' }));
    expect(container.querySelector('.crl-details')).toBeNull();
    expect(props.actions.viewChanged).toHaveBeenCalledWith('summary');
  });

  it('marks a record the reader has notes on', () => {
    renderCard({ notes: [note(hubs.id), note(hubs.id + '-other')] });
    const toggle = screen.getByRole('button', { name: /Your notes \(1\)/ });
    expect(toggle.getAttribute('data-has-notes')).toBe('true');
  });

  it('offers to save a note in the card only once it has some text, as the popup and library do', async () => {
    const { props, container } = renderCard();
    fireEvent.click(container.querySelector('.crl-notes-toggle')!);
    const save = (await screen.findByRole('button', { name: 'Save note' })) as HTMLButtonElement;
    const box = screen.getByRole('textbox', { name: 'Add a note' });
    expect(save.disabled).toBe(true);
    fireEvent.input(box, { target: { value: '  \n ' } });
    expect(save.disabled).toBe(true);
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(props.actions.notes.add).not.toHaveBeenCalled();
    fireEvent.input(box, { target: { value: 'Ask the council' } });
    expect(save.disabled).toBe(false);
  });

  it('lists several proposals behind one phrase as a chooser, the closest first, and opens the one chosen', () => {
    const { container } = renderCard({ show: show({ recordIds: [hubs.id, named.id] }), notes: [note(named.id)] });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('2 proposals match “family hubs”');
    const choices = [...container.querySelectorAll('.crl-choice')].map((item) => item.getAttribute('data-record-id'));
    expect(choices).toEqual([named.id, hubs.id]);
    expect(container.querySelector(`[data-record-id="${named.id}"] .crl-notes-marker`)).not.toBeNull();
    fireEvent.click(container.querySelector('.crl-choice-button')!);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(named.title);
    fireEvent.click(screen.getByRole('button', { name: '← All 2 proposals' }));
    expect(container.querySelectorAll('.crl-choice')).toHaveLength(2);
  });

  it('carries a one-line "What is this?" with the welcome page until the reader dismisses it', () => {
    const { props } = renderCard({ welcomeHref: 'chrome-extension://test/welcome.html' });
    const hint = screen.getByTestId('card-hint');
    expect(hint.textContent).toContain('What is this?');
    expect(hint.querySelector('a')?.getAttribute('href')).toBe('chrome-extension://test/welcome.html');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this hint' }));
    expect(props.actions.dismissHint).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('card-hint')).toBeNull();
    expect(document.activeElement?.classList.contains('crl-card')).toBe(true);
  });

  it('has no hint once it was dismissed', () => {
    renderCard({ welcomeHref: null });
    expect(screen.queryByTestId('card-hint')).toBeNull();
  });

  it('says when the dataset is more than three months old', () => {
    const { container } = renderCard({ today: new Date('2027-04-01T00:00:00Z') });
    expect(container.querySelector('.crl-stale')?.textContent).toContain('more than three months ago');
  });

  it('"Not on this site" offers an undo in place', async () => {
    const { props } = renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Not on this site' }));
    await screen.findByText(/Care Review Lens is off on/);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Marking is back on for this site.');
    expect(props.actions.siteOff).toHaveBeenCalledOnce();
    expect(props.actions.siteOn).toHaveBeenCalledOnce();
  });
});
