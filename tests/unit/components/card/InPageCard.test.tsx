import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InPageCard, type InPageCardProps } from '../../../../components/card/InPageCard';
import { makeCardRecord } from '../../support/card-record-fixture';

const first = makeCardRecord();
const second = makeCardRecord({
  id: 'test-other',
  title: 'Another proposal',
  status: 'rejected',
  ask: 'Second ask.',
  related: [],
});
const byId = new Map([first, second].map((record) => [record.id, record]));

function renderCard(overrides: Partial<InPageCardProps> = {}) {
  const props: InPageCardProps = {
    records: [first],
    matchedText: 'Family Hubs',
    termKey: 'family hubs',
    since: null,
    pinned: false,
    theme: 'light',
    titleId: 'card-title',
    resolveRecord: (id) => byId.get(id),
    onOpenNotes: vi.fn(),
    onDisableSite: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<InPageCard {...props} />) };
}

describe('InPageCard', () => {
  afterEach(cleanup);

  it('prints the dataset version and the date it was checked, small, when known', () => {
    const { container } = renderCard({ dataset: { version: '2026.12.1', asOf: '2026-12-06' } });
    expect(container.querySelector('.crl-dataset-line')?.textContent).toBe(
      'Dataset 2026.12.1, checked 6 December 2026',
    );
    cleanup();
    expect(renderCard().container.querySelector('.crl-dataset-line')).toBeNull();
  });

  it('shows a background record without a status', () => {
    const background = makeCardRecord({
      id: 'test-context',
      kind: 'context',
      title: 'The Act',
      figures: [],
      caveats: [],
    });
    delete background.status;
    delete background.statusAsOf;
    delete background.statusReason;
    delete background.response;
    const { container } = renderCard({ records: [background, second] });
    expect(container.querySelectorAll('.crl-choice .crl-status-badge')).toHaveLength(1);
  });

  it('is a dialog labelled by the record title, themed as asked', () => {
    renderCard({ theme: 'dark', pinned: true });
    const dialog = screen.getByRole('dialog', { name: first.title });
    expect(dialog.getAttribute('data-crl-theme')).toBe('dark');
    expect(dialog.getAttribute('data-pinned')).toBe('true');
    expect(screen.getByText(first.response!)).toBeTruthy();
  });

  it('explains why the phrase is marked only when asked', () => {
    renderCard();
    expect(screen.queryByText(/Marked because/)).toBeNull();
    const why = screen.getByRole('button', { name: 'Why is this marked?' });
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(
      screen.getByText(/Marked because the page says “Family Hubs”, which matches the term “family hubs”/),
    ).toBeTruthy();
  });

  it('asks to open notes for the record shown, and offers to stop marking on the site', () => {
    const { props } = renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Open notes' }));
    expect(props.onOpenNotes).toHaveBeenCalledWith(first.id);
    fireEvent.click(screen.getByRole('button', { name: 'Not on this site' }));
    expect(props.onDisableSite).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('lists several records behind one phrase with exactly one expanded', () => {
    const { props, container } = renderCard({ records: [first, second] });
    expect(screen.getByRole('dialog', { name: '2 proposals match “Family Hubs”' })).toBeTruthy();
    const [one, two] = [...container.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
    expect(one!.getAttribute('aria-expanded')).toBe('true');
    expect(two!.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText(first.ask)).toBeTruthy();
    expect(screen.queryByText('Second ask.')).toBeNull();
    fireEvent.click(two!);
    expect(screen.getByText('Second ask.')).toBeTruthy();
    expect(screen.queryByText(first.ask)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open notes' }));
    expect(props.onOpenNotes).toHaveBeenCalledWith('test-other');
  });

  it('opens a related record inside the card and goes back', () => {
    renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Another proposal' }));
    expect(screen.getByRole('dialog', { name: 'Another proposal' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(screen.getByRole('dialog', { name: first.title })).toBeTruthy();
  });

  it('tells the reader about a failed action in a status message', () => {
    const { rerender, props } = renderCard();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    rerender(<InPageCard {...props} notice="Notes could not be opened." />);
    expect(screen.getByRole('status').textContent).toBe('Notes could not be opened.');
  });

  it('passes the publication date to the timeline', () => {
    renderCard({ since: '2023-06-01' });
    expect(screen.getByText('2 changes since this article was published (1 June 2023)')).toBeTruthy();
  });
});
