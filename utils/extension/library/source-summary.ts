/** Every source the dataset cites (records and their timeline events), deduplicated, and counted by publisher. */
import type { DatasetRecord, Source } from '../../../data/schema';

export interface PublisherCount {
  publisher: string;
  sources: number;
}

export function uniqueSources(records: readonly DatasetRecord[]): Source[] {
  const byUrl = new Map<string, Source>();
  for (const record of records) {
    for (const source of [...record.sources, ...record.timeline.flatMap((event) => event.sources)]) {
      if (!byUrl.has(source.url)) byUrl.set(source.url, source);
    }
  }
  return [...byUrl.values()].sort((a, b) => a.publisher.localeCompare(b.publisher) || a.url.localeCompare(b.url));
}

export function publisherCounts(sources: readonly Source[]): PublisherCount[] {
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(source.publisher, (counts.get(source.publisher) ?? 0) + 1);
  return [...counts.entries()]
    .map(([publisher, count]) => ({ publisher, sources: count }))
    .sort((a, b) => b.sources - a.sources || a.publisher.localeCompare(b.publisher));
}
