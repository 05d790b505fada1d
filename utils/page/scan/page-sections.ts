/**
 * The sections a page's context is judged by: the nearest sectioning ancestor of a node — `article`, `section`,
 * `aside`, `nav`, `main` or an element with the matching ARIA role — or the body. A "most read" rail, a live
 * blog's posts about other things or a web component's shadow content is its own section, so the care article
 * beside it does not lend it its context (utils/page/match/section-context.ts). Open shadow roots belong to the
 * section of their host.
 */

const SECTIONING_ELEMENTS = new Set(['article', 'section', 'aside', 'nav', 'main', 'body']);
const SECTIONING_ROLES = new Set(['article', 'region', 'complementary', 'navigation', 'main', 'feed']);

function isSectioning(element: Element): boolean {
  if (SECTIONING_ELEMENTS.has(element.localName)) return true;
  if (!element.hasAttribute('role')) return false;
  return SECTIONING_ROLES.has(element.getAttribute('role')!.trim().toLowerCase());
}

/** The parent element, stepping out of a shadow root to its host. */
function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}

export interface PageSections {
  /** The section `node` belongs to (the document element when it is outside the body). */
  sectionOf(node: Node): Element;
  /** The sections enclosing `section`, nearest first. */
  ancestorsOf(section: Element): readonly Element[];
  clear(): void;
}

/** Answers are remembered per element: every mention in a paragraph asks about the same parent. */
export function createPageSections(): PageSections {
  let sectionByElement = new WeakMap<Element, Element>();
  let ancestorsBySection = new WeakMap<Element, Element[]>();

  function nearest(element: Element): Element {
    const known = sectionByElement.get(element);
    if (known) return known;
    let section: Element;
    if (isSectioning(element)) section = element;
    else {
      const parent = parentAcrossShadow(element);
      section = parent ? nearest(parent) : element;
    }
    sectionByElement.set(element, section);
    return section;
  }

  return {
    sectionOf(node) {
      const element = node.nodeType === 1 ? (node as Element) : (node.parentElement ?? parentOfRoot(node));
      return element ? nearest(element) : node.ownerDocument!.documentElement;
    },
    ancestorsOf(section) {
      let ancestors = ancestorsBySection.get(section);
      if (!ancestors) {
        ancestors = [];
        for (let at = parentAcrossShadow(section); at; at = parentAcrossShadow(at)) {
          const next = nearest(at);
          if (!isSectioning(next)) break; // above the body
          ancestors.push(next);
          at = next;
        }
        ancestorsBySection.set(section, ancestors);
      }
      return ancestors;
    },
    clear() {
      sectionByElement = new WeakMap();
      ancestorsBySection = new WeakMap();
    },
  };
}

/** A text node directly in a shadow root belongs to its host's section. */
function parentOfRoot(node: Node): Element | null {
  const root = node.parentNode;
  return root && root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}
