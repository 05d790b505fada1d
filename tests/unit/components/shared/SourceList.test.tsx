import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceList } from '../../../../components/shared/SourceList';

const sources = [
  { url: 'https://example.org/a', publisher: 'Publisher A', title: 'Report A', date: '2024-02' },
  { url: 'https://example.org/b', publisher: 'Publisher B', title: 'Report B', date: '2024-03' },
];

describe('SourceList', () => {
  afterEach(cleanup);

  it('links every source into a new tab without an opener or referrer', () => {
    render(<SourceList sources={sources} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.org/a', 'https://example.org/b']);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(links[0]!.textContent).toBe('Report A (Publisher A, February 2024) (opens in a new tab)');
  });

  it('prints short publisher links inline', () => {
    const { container } = render(<SourceList sources={sources} variant="inline" />);
    expect(container.textContent).toBe('Sources: Publisher A (opens in a new tab); Publisher B (opens in a new tab)');
  });

  it('renders nothing for no sources', () => {
    const { container } = render(<SourceList sources={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
