import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge } from '../../../../components/shared/StatusBadge';
import { STATUSES } from '../../../../utils/shared/vocabulary';
import { STATUS_LABELS } from '../../../../utils/shared/status-labels';

describe('StatusBadge', () => {
  afterEach(cleanup);

  it.each(STATUSES)('shows %s in words, with its colours for both themes', (status) => {
    const { container } = render(<StatusBadge status={status} />);
    const badge = container.querySelector<HTMLElement>('.crl-status-badge')!;
    expect(badge.textContent).toBe(`Status: ${STATUS_LABELS[status].label}`);
    expect(badge.dataset.status).toBe(status);
    expect(badge.style.getPropertyValue('--crl-badge-bg-light')).toBe(STATUS_LABELS[status].light.background);
    expect(badge.style.getPropertyValue('--crl-badge-fg-dark')).toBe(STATUS_LABELS[status].dark.text);
  });

  it('prints the as-of date in British English and the explanation on request', () => {
    render(<StatusBadge status="legislated" asOf="2026-04-29" explain />);
    expect(screen.getByText('29 April 2026').getAttribute('datetime')).toBe('2026-04-29');
    expect(screen.getByText(STATUS_LABELS.legislated.explanation)).toBeTruthy();
  });
});
