import { describe, expect, it } from 'vitest';
import type { FullDataset } from '../../../../../data/compiled-types';
import dataset from '../../../../../data/generated/dataset.json';
import { publisherCounts, uniqueSources } from '../../../../../utils/extension/library/source-summary';

const full = dataset as FullDataset;

describe('source summary', () => {
  const sources = uniqueSources(full.records);

  it('lists each cited URL once, from records and timeline events alike', () => {
    const urls = sources.map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
    const cited = new Set(
      full.records.flatMap((record) => [
        ...record.sources.map((source) => source.url),
        ...record.timeline.flatMap((event) => event.sources.map((source) => source.url)),
      ]),
    );
    expect(new Set(urls)).toEqual(cited);
  });

  it('counts sources per publisher, largest first, adding up to the total', () => {
    const counts = publisherCounts(sources);
    expect(counts.reduce((sum, entry) => sum + entry.sources, 0)).toBe(sources.length);
    for (let i = 1; i < counts.length; i += 1)
      expect(counts[i - 1]!.sources).toBeGreaterThanOrEqual(counts[i]!.sources);
  });
});
