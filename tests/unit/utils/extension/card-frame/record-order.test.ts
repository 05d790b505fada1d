import { describe, expect, it } from 'vitest';
import { orderByCloseness } from '../../../../../utils/extension/card-frame/record-order';
import { makeCardRecord } from '../../../support/card-record-fixture';

describe('orderByCloseness', () => {
  const broad = makeCardRecord({ id: 'broad', title: 'Clearer shared responsibility for child protection' });
  const named = makeCardRecord({ id: 'named', title: 'Make education a statutory safeguarding partner' });
  const background = makeCardRecord({ id: 'bg', kind: 'context', title: 'Safeguarding partners (background)' });

  it('puts the record whose title names the phrase first, recommendations before background', () => {
    const ordered = orderByCloseness([background, broad, named], 'safeguarding partners');
    expect(ordered.map((record) => record.id)).toEqual(['named', 'broad', 'bg']);
  });

  it('keeps the term index order between equally close records', () => {
    const other = makeCardRecord({ id: 'other', title: 'Another proposal' });
    expect(orderByCloseness([broad, other], 'family help').map((record) => record.id)).toEqual(['broad', 'other']);
  });

  it('matches the phrase whatever its hyphens, case and plural', () => {
    const coop = makeCardRecord({ id: 'coop', title: 'Regional Care Co-operatives to commission places' });
    expect(orderByCloseness([broad, coop], 'regional care cooperative')[0]!.id).toBe('coop');
  });
});
