/** Text with the search's matched words marked (`<mark>`), so a reader sees why a result came up. */
import { splitByRanges } from '../../utils/extension/search/highlight-segments';
import type { MatchRange } from '../../utils/extension/search/search-index';

export function HighlightedText({ text, ranges = [] }: { text: string; ranges?: readonly MatchRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {splitByRanges(text, ranges).map((segment, index) =>
        segment.matched ? (
          <mark key={index} class="lens-match">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
