/** A made-up record for component tests (not from the dataset, so tests do not shift when the data grows). */
import type { CardRecord } from '../../../data/compiled-types';

export function makeCardRecord(overrides: Partial<CardRecord> = {}): CardRecord {
  return {
    id: 'test-hubs',
    kind: 'recommendation',
    theme: 'family-help',
    title: 'Neighbourhood family hubs in every area',
    ask: 'The review wanted a help service for families run from local hubs.',
    figures: ['Fifty hubs in the first year'],
    response: 'The government said it would test hubs in a dozen areas first.',
    timeline: [
      {
        date: '2022-09-01',
        text: 'First event.',
        sources: [{ url: 'https://example.org/one', publisher: 'Pub One', title: 'Page one', date: '2022-09' }],
      },
      {
        date: '2023-03-10',
        text: 'Second event.',
        sources: [{ url: 'https://example.org/two', publisher: 'Pub Two', title: 'Page two', date: '2022-09' }],
      },
      {
        date: '2024-05-20',
        text: 'Third event.',
        sources: [{ url: 'https://example.org/three', publisher: 'Pub Three', title: 'Page three', date: '2022-09' }],
      },
      {
        date: '2026-04-29',
        text: 'Fourth event.',
        sources: [
          { url: 'https://example.org/four', publisher: 'Pub Four', title: 'Page four', date: '2022-09' },
          { url: 'https://example.org/five', publisher: 'Pub Five', title: 'A report', date: '2026-05' },
        ],
      },
    ],
    status: 'piloting',
    statusAsOf: '2026-06-29',
    statusReason: 'Hubs run in twelve areas.',
    caveats: ['Numbers differ between sources.'],
    sources: [
      { url: 'https://example.org/main', publisher: 'Main Publisher', title: 'The main report', date: '2022-05-23' },
    ],
    related: ['test-other', 'test-missing'],
    ...overrides,
  };
}
