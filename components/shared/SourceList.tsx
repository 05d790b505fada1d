/** Source links for a claim. They open in a new tab and tell the opened page nothing about where the reader was. */
import type { Source } from '../../data/schema';
import { formatDate } from '../../utils/shared/format-date';

export interface SourceListProps {
  sources: readonly Source[];
  /** `inline` prints short publisher links in a sentence (under a timeline event); `list` prints one per line. */
  variant?: 'list' | 'inline';
}

export function SourceLink({ source, long = false }: { source: Source; long?: boolean }) {
  const date = source.date ? `, ${formatDate(source.date)}` : '';
  const text =
    long && source.title ? `${source.title} (${source.publisher}${date})` : `${source.publisher}${long ? date : ''}`;
  return (
    <a class="crl-source-link" href={source.url} target="_blank" rel="noopener noreferrer">
      {text}
      <span class="crl-visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

export function SourceList({ sources, variant = 'list' }: SourceListProps) {
  if (sources.length === 0) return null;
  if (variant === 'inline') {
    return (
      <span class="crl-sources-inline">
        {sources.length === 1 ? 'Source: ' : 'Sources: '}
        {sources.map((source, index) => (
          <span key={source.url + index}>
            {index > 0 && '; '}
            <SourceLink source={source} />
          </span>
        ))}
      </span>
    );
  }
  return (
    <ul class="crl-source-list">
      {sources.map((source, index) => (
        <li key={source.url + index}>
          <SourceLink source={source} long />
        </li>
      ))}
    </ul>
  );
}
