/**
 * Every mention found on the page, indexed by the text nodes it touches (for hit-testing and for forgetting what a
 * rescanned segment held) and available in document order (for stepping and "first mention only").
 */
import type { CompiledTerm } from '../../../data/compiled-types';
import type { Nation } from '../match/nation-hints';
import type { Mention } from './mention-types';

export interface StoredMention {
  mention: Mention;
  term: CompiledTerm;
  nodes: Text[];
  /** Inside something not rendered (display: none, closed details…) when it was found or last checked. */
  hidden: boolean;
  /** The nearest section of its first node (utils/page/scan/page-sections.ts): where its context is judged. */
  section: Element;
  /** The nation its sentence or block names, for terms other nations use too. */
  nation?: Nation;
}

/** The outermost shadow host of `node` in the document (or `node` itself when it is in the document's tree). */
function documentAnchor(node: Node): Node {
  let at = node;
  for (let root = at.getRootNode(); root.nodeType === 11 && 'host' in root; root = at.getRootNode()) {
    at = (root as ShadowRoot).host;
  }
  return at;
}

/** Where `b` is from `a` in the document, by their shadow hosts: -1 when `a` comes first. */
function compareAcrossTrees(a: Node, b: Node): number {
  const anchorA = documentAnchor(a);
  const anchorB = documentAnchor(b);
  if (anchorA === anchorB) return 0;
  const position = anchorA.compareDocumentPosition(anchorB);
  if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return 0; // swept out before anyone reads the order
  return position & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY) ? -1 : 1;
}

function compareDocumentOrder(a: StoredMention, b: StoredMention): number {
  const first = a.mention.range;
  const second = b.mention.range;
  if (first.startContainer.getRootNode() !== second.startContainer.getRootNode()) {
    // In different trees (a shadow root and the document): ordered by where their hosts are.
    return compareAcrossTrees(first.startContainer, second.startContainer);
  }
  try {
    return first.compareBoundaryPoints(Range.START_TO_START, second);
  } catch {
    return 0; // one of them left the document; it is swept out before anyone reads the order
  }
}

function isConnected(stored: StoredMention): boolean {
  return stored.nodes.every((node) => node.isConnected);
}

export class MentionStore {
  /** `onRemove` hears of every mention forgotten one by one (not of `clear`). */
  constructor(private readonly onRemove: (stored: StoredMention) => void = () => undefined) {}

  private readonly byId = new Map<number, StoredMention>();
  private readonly byNode = new Map<Text, StoredMention[]>();
  /** Document order (null: sort on next read); may hold removed entries until read. */
  private ordered: StoredMention[] | null = [];
  private orderHasRemoved = false;
  private additionsInOrder = false;
  private nextId = 1;

  add(entry: Omit<StoredMention, 'mention'> & { range: Range; matchedText: string }): StoredMention {
    const stored: StoredMention = {
      mention: {
        id: this.nextId++,
        range: entry.range,
        recordIds: entry.term.recordIds,
        matchedText: entry.matchedText,
        termKey: entry.term.key,
      },
      term: entry.term,
      nodes: entry.nodes,
      hidden: entry.hidden,
      section: entry.section,
    };
    if (entry.nation) stored.nation = entry.nation;
    this.byId.set(stored.mention.id, stored);
    for (const node of stored.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(stored);
      else this.byNode.set(node, [stored]);
    }
    this.insertInOrder(stored);
    return stored;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: number): StoredMention | undefined {
    return this.byId.get(id);
  }

  atNode(node: Text): readonly StoredMention[] {
    return this.byNode.get(node) ?? [];
  }

  /** Forgets every mention touching one of `nodes`; returns how many went. */
  removeAtNodes(nodes: readonly Text[]): number {
    let removed = 0;
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      for (const stored of [...list]) removed += this.remove(stored) ? 1 : 0;
    }
    return removed;
  }

  /** Forgets mentions whose text left the document; returns how many went. */
  removeDisconnected(): number {
    let removed = 0;
    for (const stored of [...this.byId.values()]) {
      if (stored.nodes.some((node) => !node.isConnected)) removed += this.remove(stored) ? 1 : 0;
    }
    return removed;
  }

  clear(): void {
    this.byId.clear();
    this.byNode.clear();
    this.ordered = [];
    this.orderHasRemoved = false;
  }

  /** All mentions in insertion order (cheap). */
  all(): IterableIterator<StoredMention> {
    return this.byId.values();
  }

  /** All mentions in document order. */
  inDocumentOrder(): readonly StoredMention[] {
    if (!this.ordered) {
      this.ordered = [...this.byId.values()].filter(isConnected).sort(compareDocumentOrder);
    } else if (this.orderHasRemoved) {
      this.ordered = this.ordered.filter((stored) => this.byId.has(stored.mention.id));
    }
    this.orderHasRemoved = false;
    return this.ordered;
  }

  /**
   * The caller promises that the next additions arrive in document order after everything stored (the first
   * reading of a page), so they are appended without asking the DOM where they belong.
   */
  expectAdditionsInOrder(inOrder: boolean): void {
    this.additionsInOrder = inOrder;
  }

  /** Keeps `ordered` sorted: appends when in order (a first scan), else a binary search (a rescan). */
  private insertInOrder(stored: StoredMention): void {
    const ordered = this.inDocumentOrder() as StoredMention[];
    if (this.additionsInOrder) {
      ordered.push(stored);
      return;
    }
    const last = ordered.at(-1);
    if (!last || compareDocumentOrder(last, stored) < 0) {
      ordered.push(stored);
      return;
    }
    let low = 0;
    let high = ordered.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareDocumentOrder(ordered[middle]!, stored) < 0) low = middle + 1;
      else high = middle;
    }
    ordered.splice(low, 0, stored);
  }

  private remove(stored: StoredMention): boolean {
    if (!this.byId.delete(stored.mention.id)) return false;
    for (const node of stored.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const kept = list.filter((other) => other !== stored);
      if (kept.length > 0) this.byNode.set(node, kept);
      else this.byNode.delete(node);
    }
    this.orderHasRemoved = true;
    this.onRemove(stored);
    return true;
  }
}
