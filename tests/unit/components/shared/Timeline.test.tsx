import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline, countEventsSince } from '../../../../components/shared/Timeline';
import { makeCardRecord } from '../../support/card-record-fixture';

const { timeline } = makeCardRecord();

function shownTexts(container: Element): string[] {
  return [...container.querySelectorAll('.crl-timeline-text')].map((node) => node.textContent ?? '');
}

describe('Timeline', () => {
  afterEach(cleanup);

  it('shows the latest events newest first and the rest behind one button that toggles back', () => {
    const { container } = render(<Timeline events={timeline} initialCount={2} />);
    expect(shownTexts(container)).toEqual(['Fourth event.', 'Third event.']);
    const button = screen.getByRole('button', { name: 'Show 2 earlier events' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(shownTexts(container)).toEqual(['Fourth event.', 'Third event.', 'Second event.', 'First event.']);
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer events' }));
    expect(shownTexts(container)).toHaveLength(2);
  });

  it('has no button when every event fits', () => {
    render(<Timeline events={timeline} initialCount={10} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('marks only events after the since date, with one "Article published" divider below them', () => {
    const { container } = render(<Timeline events={timeline} since="2023-03-10" initialCount={10} />);
    const marked = [...container.querySelectorAll('.crl-timeline-event--new .crl-timeline-text')];
    expect(marked.map((node) => node.textContent)).toEqual(['Fourth event.', 'Third event.']);
    const items = [...container.querySelectorAll('.crl-timeline-list > li')].map((li) => li.className);
    expect(items).toEqual([
      'crl-timeline-event crl-timeline-event--new',
      'crl-timeline-event crl-timeline-event--new',
      'crl-timeline-divider',
      'crl-timeline-event',
      'crl-timeline-event',
    ]);
    expect(container.querySelector('.crl-timeline-divider')?.textContent).toBe('Article published 10 March 2023');
    expect(screen.queryByText('New since this article')).toBeNull();
    expect(countEventsSince(timeline, '2023-03-10')).toBe(2);
    expect(countEventsSince(timeline, null)).toBe(0);
  });

  it('always shows every event after the article, so the count the card gives matches the list', () => {
    const { container } = render(<Timeline events={timeline} since="2022-01-01" initialCount={1} />);
    expect(container.querySelectorAll('.crl-timeline-event--new')).toHaveLength(timeline.length);
    // Every event is newer: the divider comes last.
    expect(container.querySelector('.crl-timeline-list > li:last-child')?.className).toBe('crl-timeline-divider');
    expect(screen.queryByRole('button', { name: /earlier/ })).toBeNull();
  });

  it('has no divider without a publication date', () => {
    const { container } = render(<Timeline events={timeline} initialCount={10} />);
    expect(container.querySelector('.crl-timeline-divider')).toBeNull();
  });

  it('says so when nothing has happened', () => {
    render(<Timeline events={[]} />);
    expect(screen.getByText('Nothing recorded since the response.')).toBeTruthy();
  });
});

describe('Timeline with month-precision dates', () => {
  afterEach(cleanup);

  it('prints only the month and counts the event as later only when its month is', () => {
    const events = [
      { date: '2025-06-01', datePrecision: 'month' as const, text: 'June thing.', sources: timeline[0]!.sources },
    ];
    render(<Timeline events={events} since="2025-06-15" />);
    expect(screen.getByText('June 2025').getAttribute('datetime')).toBe('2025-06');
    expect(countEventsSince(events, '2025-06-15')).toBe(0);
    expect(countEventsSince(events, '2025-05-31')).toBe(1);
  });
});
