/** The card's view of a stored record: the same public fields, with optional lists filled in. */
import type { CardRecord } from '../../data/compiled-types';
import type { DatasetRecord } from '../../data/schema';

export function toCardRecord(record: DatasetRecord): CardRecord {
  const common = {
    id: record.id,
    kind: record.kind,
    theme: record.theme,
    title: record.title,
    timeline: record.timeline,
    sources: record.sources,
    related: record.related,
  };
  if (record.kind === 'context') return { ...common, ask: record.about, figures: [], caveats: [] };
  const card: CardRecord = {
    ...common,
    chapter: record.chapter,
    ask: record.ask,
    figures: record.figures,
    response: record.response,
    status: record.status,
    statusAsOf: record.statusAsOf,
    // The last entry of the history is the current status: the date it took effect.
    statusFrom: record.statusHistory.at(-1)?.from,
    statusReason: record.statusReason,
    caveats: record.caveats ?? [],
  };
  if (record.inForce) card.inForce = record.inForce;
  if (record.act) card.act = record.act;
  return card;
}
