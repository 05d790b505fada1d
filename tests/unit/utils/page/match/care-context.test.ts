import { describe, expect, it } from 'vitest';
import type { CompiledTerm } from '../../../../../data/compiled-types';
import { createPageContext } from '../../../../../utils/page/match/care-context';
import { CARE_CONTEXT_SIGNALS, careSignalKeys } from '../../../../../data/care-context-signals';
import { createTermMatcher } from '../../../../../utils/page/match/term-matcher';

const terms: CompiledTerm[] = [
  { key: 'corporate parent', recordIds: ['ce-5'], ambiguous: true },
  { key: 'family help', recordIds: ['fh-1'], ambiguous: true },
  { key: 'regional care cooperatives', recordIds: ['care-1'], ambiguous: false },
];

function judge(text: string): boolean {
  const signals = careSignalKeys();
  const matcher = createTermMatcher(terms, signals.keys);
  const context = createPageContext({ weights: signals.weights });
  const source = document.createTextNode(text);
  document.body.append(source);
  const { matches, signals: found } = matcher.findAll(text);
  for (const match of matches) context.noteTerm(match.term, source);
  for (const keyIndex of found) context.noteSignal(signals.signalOfKey[keyIndex]!, source);
  source.remove();
  return context.isAboutCare();
}

describe('judging whether a page is about children’s social care', () => {
  it('says no for a business story about a corporate parent', () => {
    expect(
      judge(
        'Shares in the retailer fell after its corporate parent warned on profits. The group, which has fostering ' +
          'innovation as a slogan, said the takeover would close in spring and parents of young shoppers would ' +
          'see lower prices.',
      ),
    ).toBe(false);
  });

  it('says no for a travel story with a family help desk', () => {
    expect(
      judge(
        'The airport has opened a family help desk for parents travelling with young children, with buggy ' +
          'loans and a quiet room near the gates. Families can book assistance online.',
      ),
    ).toBe(false);
  });

  it('says yes for a care article', () => {
    expect(
      judge(
        'Social workers say family help is still patchy, and children in care wait too long for a placement. ' +
          'The council says it will act as a better corporate parent.',
      ),
    ).toBe(true);
  });

  it('counts each signal once however often it is repeated', () => {
    expect(judge('Social workers. '.repeat(50))).toBe(false);
  });

  it('counts unambiguous dataset terms as evidence', () => {
    expect(judge('Regional Care Co-operatives will be piloted, said the social workers.')).toBe(true);
  });

  it('forgets evidence whose text left the page', () => {
    const context = createPageContext({ weights: careSignalKeys().weights });
    const node = document.createTextNode('x');
    document.body.append(node);
    const socialWorkers = CARE_CONTEXT_SIGNALS.findIndex((s) => s.phrase === 'social workers');
    const childrenInCare = CARE_CONTEXT_SIGNALS.findIndex((s) => s.phrase === 'children in care');
    context.noteSignal(socialWorkers, node);
    context.noteSignal(childrenInCare, node);
    expect(context.isAboutCare()).toBe(true);
    node.remove();
    context.forgetDisconnected();
    expect(context.isAboutCare()).toBe(false);
    expect(context.score()).toBe(0);
  });

  it('keeps a few places per signal, and asks for a fresh read when it loses all it kept of a frequent one', () => {
    const weights = careSignalKeys().weights;
    const context = createPageContext({ weights });
    const socialWorkers = CARE_CONTEXT_SIGNALS.findIndex((s) => s.phrase === 'social workers');
    const nodes = Array.from({ length: 10 }, (_, i) => document.body.appendChild(document.createTextNode(`${i}`)));
    for (const node of nodes) {
      if (context.wantsSignal(socialWorkers)) context.noteSignal(socialWorkers, node);
    }
    expect(context.wantsSignal(socialWorkers)).toBe(false);
    nodes.slice(0, 4).forEach((node) => node.remove());
    expect(context.forgetDisconnected()).toBe(false);
    expect(context.score()).toBe(weights[socialWorkers]);
    // The eight kept places are gone but two more are still on the page: only a fresh read can tell.
    nodes.slice(4, 8).forEach((node) => node.remove());
    expect(context.forgetDisconnected()).toBe(true);
  });

  it('stops asking for signals once the page is judged, and asks for a fresh read if removals undo the judgement', () => {
    const context = createPageContext({ weights: careSignalKeys().weights });
    const kept = document.body.appendChild(document.createTextNode('kept'));
    const removed = document.body.appendChild(document.createTextNode('removed'));
    const socialWorkers = CARE_CONTEXT_SIGNALS.findIndex((s) => s.phrase === 'social workers');
    const childrenInCare = CARE_CONTEXT_SIGNALS.findIndex((s) => s.phrase === 'children in care');
    expect(context.needsSignals()).toBe(true);
    context.noteSignal(socialWorkers, kept);
    expect(context.needsSignals()).toBe(true);
    context.noteSignal(childrenInCare, removed);
    expect(context.isAboutCare()).toBe(true);
    // Judged: the rest of the page is read for terms alone, so signals there go uncounted.
    expect(context.needsSignals()).toBe(false);
    removed.remove();
    expect(context.forgetDisconnected()).toBe(true);
    expect(context.isAboutCare()).toBe(false);
    expect(context.needsSignals()).toBe(true);
  });

  it('does not ask for a fresh read when every signal was read', () => {
    const context = createPageContext({ weights: careSignalKeys().weights });
    const removed = document.body.appendChild(document.createTextNode('removed'));
    context.noteSignal(
      CARE_CONTEXT_SIGNALS.findIndex((s) => s.phrase === 'social workers'),
      removed,
    );
    expect(context.needsSignals()).toBe(true);
    removed.remove();
    expect(context.forgetDisconnected()).toBe(false);
  });

  it('can be forced for tests of the terms themselves', () => {
    expect(createPageContext({ aboutCare: true }).isAboutCare()).toBe(true);
  });
});
