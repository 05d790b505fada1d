/** The card's view of a stored record: the same public fields, with optional lists filled in. */
import type { CardRecord } from '../../data/compiled-types';
import type { DatasetRecord } from '../../data/schema';

export function toCardRecord(record: DatasetRecord): CardRecord {
  return {
    id: record.id,
    kind: record.kind,
    theme: record.theme,
    title: record.title,
    ask: record.ask,
    figures: record.figures,
    response: record.response,
    timeline: record.timeline,
    status: record.status,
    statusAsOf: record.statusAsOf,
    statusReason: record.statusReason,
    caveats: record.caveats ?? [],
    sources: record.sources,
    related: record.related,
  };
}
