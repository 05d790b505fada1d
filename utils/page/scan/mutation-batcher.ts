/**
 * Watches the page for changes and hands them over in batches: the blocks whose text must be read again, whether
 * anything was removed, and elements whose attributes may have shown or hidden text. Bursts (a single-page site
 * rendering an article in many small steps) are gathered for `delayMs` before one batch goes out.
 */
import { blockAncestor, isInlineElement, isInsideSkipped, type SkipRules } from './text-segments';

export interface MutationBatch {
  /** Blocks (or shadow roots) to read again; none inside another, none inside skipped content. */
  roots: (Element | ShadowRoot)[];
  /** Some nodes left the page: mentions in them must go. */
  removals: boolean;
  /** Elements whose `hidden`, `class`, `style`, `open` or `contenteditable` changed. */
  attributeTargets: Element[];
}

export interface MutationBatcherOptions {
  rules: SkipRules;
  /** The extension's own UI: changes in it are ignored. */
  isOwnUi(node: Node): boolean;
  onBatch(batch: MutationBatch): void;
  delayMs?: number;
}

export const WATCHED_ATTRIBUTES = ['hidden', 'class', 'style', 'open', 'contenteditable'];

function isBlockElement(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node as Element);
}

function topmost(elements: Set<Element | ShadowRoot>): (Element | ShadowRoot)[] {
  return [...elements].filter((element) => {
    for (let parent = element.parentNode; parent; parent = parent.parentNode) {
      if (elements.has(parent as Element | ShadowRoot)) return false;
    }
    return true;
  });
}

/** The block to read again for a change at `target`: its block, or the shadow root a change sits directly in. */
function rescanRoot(target: Node): Element | ShadowRoot | null {
  if (target.nodeType === 11 && 'host' in target) return target as ShadowRoot;
  const block = blockAncestor(target);
  if (block || target.nodeType !== 3) return block;
  const parent = target.parentNode;
  return parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot) : null;
}

export interface MutationWatch {
  /** Watches another subtree too (an open shadow root the scanner found). */
  watch(target: Node): void;
  disconnect(): void;
}

export function observeMutations(target: Node, options: MutationBatcherOptions): MutationWatch {
  let records: MutationRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  function flush(): void {
    timer = null;
    const taken = records;
    records = [];
    const roots = new Set<Element | ShadowRoot>();
    const attributeTargets = new Set<Element>();
    let removals = false;
    for (const record of taken) {
      if (options.isOwnUi(record.target)) continue;
      if (record.type === 'attributes') {
        if (record.target instanceof Element) attributeTargets.add(record.target);
        if (record.attributeName === 'hidden' || record.attributeName === 'contenteditable') {
          const block = rescanRoot(record.target);
          if (block) roots.add(block);
        }
        continue;
      }
      if (record.type === 'childList') {
        if (record.removedNodes.length > 0) removals = true;
        // A block added or removed whole is read (or forgotten) on its own; inline changes rejoin their block.
        let rejoin = [...record.removedNodes].some((node) => !isBlockElement(node));
        for (const node of record.addedNodes) {
          if (options.isOwnUi(node)) continue;
          if (isBlockElement(node)) roots.add(node as Element);
          else rejoin = true;
        }
        if (!rejoin) continue;
      }
      const block = rescanRoot(record.target);
      if (block) roots.add(block);
    }
    const batch: MutationBatch = {
      roots: topmost(roots).filter((root) => root.isConnected && !isInsideSkipped(root, options.rules)),
      removals,
      attributeTargets: [...attributeTargets],
    };
    if (batch.roots.length > 0 || batch.removals || batch.attributeTargets.length > 0) options.onBatch(batch);
  }

  const observer = new MutationObserver((found) => {
    records.push(...found);
    timer ??= setTimeout(flush, options.delayMs ?? 120);
  });
  const observed = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  };
  observer.observe(target, observed);
  return {
    watch: (more) => observer.observe(more, observed),
    disconnect() {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      records = [];
    },
  };
}
