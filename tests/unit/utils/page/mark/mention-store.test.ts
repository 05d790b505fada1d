import { beforeEach, describe, expect, it } from 'vitest';
import type { CompiledTerm } from '../../../../../data/compiled-types';
import { MentionStore } from '../../../../../utils/page/mark/mention-store';
import { summariseMentions } from '../../../../../utils/page/mark/page-mention-summary';

const kinship: CompiledTerm = { key: 'kinship allowance', recordIds: ['fn-3'], ambiguous: false };
const shared: CompiledTerm = { key: 'corporate parent', recordIds: ['ce-5', 'edu-2'], ambiguous: true };
const fundingTotal: CompiledTerm = { key: '£2.6bn', recordIds: ['impl-1'], ambiguous: false, background: true };
const spending: CompiledTerm = { key: 'invest about £2.6bn', recordIds: ['impl-1'], ambiguous: false };

function textOf(id: string): Text {
  return document.getElementById(id)!.firstChild as Text;
}

function add(store: MentionStore, id: string, term = kinship) {
  const node = textOf(id);
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, 4);
  return store.add({
    range,
    nodes: [node],
    term,
    matchedText: node.data.slice(0, 4),
    hidden: false,
    section: document.body,
  });
}

describe('the mention store', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p id="a">aaaa</p><p id="b">bbbb</p><p id="c">cccc</p><p id="d">dddd</p>';
  });

  it('keeps mentions in document order whatever order they were found in', () => {
    const store = new MentionStore();
    const [c, a, d, b] = [add(store, 'c'), add(store, 'a'), add(store, 'd'), add(store, 'b')];
    expect(store.inDocumentOrder()).toEqual([a, b, c, d]);
    expect(new Set([a, b, c, d].map((stored) => stored.mention.id)).size).toBe(4);
  });

  it('orders mentions in open shadow roots by where their hosts are', () => {
    const host = document.createElement('x-card');
    document.getElementById('b')!.after(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s">ssss</p>';
    const store = new MentionStore();
    const node = shadow.getElementById('s')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 4);
    const [d, a] = [add(store, 'd'), add(store, 'a')];
    const s = store.add({ range, nodes: [node], term: kinship, matchedText: 'ssss', hidden: false, section: host });
    const c = add(store, 'c');
    expect(store.inDocumentOrder()).toEqual([a, s, c, d]);
  });

  it('tells whoever asked of each mention it forgets', () => {
    const forgotten: number[] = [];
    const store = new MentionStore((stored) => forgotten.push(stored.mention.id));
    const [a, b] = ['a', 'b'].map((id) => add(store, id));
    store.removeAtNodes([textOf('a')]);
    document.getElementById('b')!.remove();
    store.removeDisconnected();
    expect(forgotten).toEqual([a!.mention.id, b!.mention.id]);
  });

  it('appends without asking the DOM when told additions come in order', () => {
    const store = new MentionStore();
    store.expectAdditionsInOrder(true);
    const found = ['a', 'b', 'c'].map((id) => add(store, id));
    expect(store.inDocumentOrder()).toEqual(found);
  });

  it('forgets what was found in text that is read again, and in text that left the page', () => {
    const store = new MentionStore();
    const [a, b, c] = ['a', 'b', 'c'].map((id) => add(store, id));
    expect(store.removeAtNodes([textOf('b')])).toBe(1);
    expect(store.atNode(textOf('b'))).toEqual([]);
    document.getElementById('c')!.remove();
    expect(store.removeDisconnected()).toBe(1);
    expect(store.inDocumentOrder()).toEqual([a]);
    expect(store.get(b!.mention.id)).toBeUndefined();
    expect(store.get(c!.mention.id)).toBeUndefined();
  });

  it('tells the popup each recommendation once, in order of first mention, with its count', () => {
    const store = new MentionStore();
    add(store, 'a', shared);
    add(store, 'b');
    add(store, 'c', shared);
    expect(summariseMentions(store.inDocumentOrder().map((stored) => stored.mention))).toEqual([
      { recordId: 'ce-5', count: 2 },
      { recordId: 'edu-2', count: 2 },
      { recordId: 'fn-3', count: 1 },
    ]);
  });

  it('tells the popup which records the page names only as background', () => {
    const store = new MentionStore();
    add(store, 'a', fundingTotal);
    add(store, 'b');
    const background = (mention: { id: number }) => store.get(mention.id)?.term.background === true;
    const mentions = () => store.inDocumentOrder().map((stored) => stored.mention);
    expect(summariseMentions(mentions(), background)).toEqual([
      { recordId: 'impl-1', count: 1, background: true },
      { recordId: 'fn-3', count: 1 },
    ]);
    // Named once as the proposal itself, the record is a proposal on this page.
    add(store, 'c', spending);
    expect(summariseMentions(mentions(), background)).toEqual([
      { recordId: 'impl-1', count: 2 },
      { recordId: 'fn-3', count: 1 },
    ]);
  });
});
