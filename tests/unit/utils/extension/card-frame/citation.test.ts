import { describe, expect, it } from 'vitest';
import { citeRecord } from '../../../../../utils/extension/card-frame/citation';
import { makeCardRecord } from '../../../support/card-record-fixture';

describe('citeRecord', () => {
  const record = makeCardRecord({
    title: 'Hubs [in](javascript:alert(1)) every area',
    status: 'legislated',
    inForce: 'not-yet',
    statusFrom: '2026-04-29',
    statusAsOf: '2026-12-06',
    statusReason: 'In the Act; not yet in force.',
  });

  it('gives title, status with when it happened and when it was checked, position and sources, as plain text', () => {
    const { text } = citeRecord(record, { datasetVersion: '2026.12.1' });
    expect(text.split('\n')).toEqual([
      'Hubs [in](javascript:alert(1)) every area',
      expect.stringMatching(/^Status: In law.*\(Royal Assent 29 April 2026; checked 6 December 2026\)\.$/),
      'Current position: In the Act; not yet in force.',
      'Sources:',
      '- The main report (Main Publisher, 23 May 2022): https://example.org/main',
      'From Care Review Lens, dataset 2026.12.1.',
    ]);
  });

  it('escapes Markdown in the dataset text and links each source', () => {
    const { markdown } = citeRecord(record, { datasetVersion: '2026.12.1' });
    expect(markdown.startsWith('**Hubs \\[in\\](javascript:alert(1)) every area**')).toBe(true);
    expect(markdown).toContain('- [The main report](<https://example.org/main>) (Main Publisher, 23 May 2022)');
    expect(markdown).not.toMatch(/(^|[^\\])\[in\]/);
  });

  it('says a background record has no status', () => {
    const context = makeCardRecord({ kind: 'context', status: undefined, statusReason: undefined });
    expect(citeRecord(context, { datasetVersion: 'v' }).text).toContain(
      'Background: not a recommendation with a status.',
    );
  });
});
