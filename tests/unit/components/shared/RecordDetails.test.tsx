import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordDetails } from '../../../../components/shared/RecordDetails';
import { makeCardRecord } from '../../support/card-record-fixture';

const record = makeCardRecord();
const resolveRelated = (id: string) => (id === 'test-other' ? { id, title: 'Another proposal' } : undefined);

describe('RecordDetails', () => {
  afterEach(cleanup);

  it('shows title, theme, status with date, ask, figures, response, caveats and sources', () => {
    render(<RecordDetails record={record} titleId="t1" resolveRelated={resolveRelated} />);
    expect(screen.getByRole('heading', { level: 2, name: record.title }).id).toBe('t1');
    expect(screen.getByText('Family help')).toBeTruthy();
    expect(screen.getByText('Piloting')).toBeTruthy();
    expect(screen.getByText('29 June 2026')).toBeTruthy();
    for (const text of [record.ask, record.figures[0]!, record.response!, record.caveats[0]!, record.statusReason!]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('heading', { level: 3, name: 'The February 2023 response' })).toBeTruthy();
    const main = screen.getByRole('link', { name: /The main report/ });
    expect(main.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('lists related records it can resolve, as buttons or links', () => {
    const onSelectRelated = vi.fn();
    const { unmount } = render(
      <RecordDetails record={record} resolveRelated={resolveRelated} onSelectRelated={onSelectRelated} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Another proposal' }));
    expect(onSelectRelated).toHaveBeenCalledWith('test-other');
    unmount();
    render(<RecordDetails record={record} resolveRelated={resolveRelated} relatedHref={(id) => `#/record/${id}`} />);
    expect(screen.getByRole('link', { name: 'Another proposal' }).getAttribute('href')).toBe('#/record/test-other');
  });

  it('summarises and marks the changes since a publication date', () => {
    const { container } = render(<RecordDetails record={record} since="2023-01-15" />);
    expect(screen.getByText('3 changes since this article was published (15 January 2023)')).toBeTruthy();
    expect(container.querySelectorAll('.crl-timeline-event--new')).toHaveLength(3);
  });

  it('has no since summary when nothing came later or no date is known', () => {
    const { container, rerender } = render(<RecordDetails record={record} since="2026-06-01" />);
    expect(container.querySelector('.crl-since-summary')).toBeNull();
    rerender(<RecordDetails record={record} since={null} />);
    expect(container.querySelector('.crl-since-summary')).toBeNull();
  });

  it('calls a context record "What it is", shows no status or response, and uses level 3 headings when asked', () => {
    const background = makeCardRecord({ kind: 'context', figures: [], caveats: [] });
    delete background.status;
    delete background.statusAsOf;
    delete background.statusReason;
    delete background.response;
    const { container } = render(<RecordDetails record={background} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 4, name: 'What it is' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'The February 2023 response' })).toBeNull();
    expect(container.querySelector('.crl-status-badge')).toBeNull();
    expect(screen.getByText(/Background: not a recommendation/)).toBeTruthy();
  });

  it('names the in-force state of a legislated record and what the Act does', () => {
    const inLaw = makeCardRecord({
      status: 'legislated',
      inForce: 'not-yet',
      act: { sections: [8, 9], commencement: 'Starts on a date set by regulations.' },
    });
    render(<RecordDetails record={inLaw} />);
    expect(screen.getByText('In law · not yet in force')).toBeTruthy();
    expect(screen.getByText(/sections 8 and 9\. Starts on a date set by regulations\./)).toBeTruthy();
  });
});
