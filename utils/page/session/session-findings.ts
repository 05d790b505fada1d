/**
 * What a marking session has found on the page and how it keeps that current: the scanner's reports (mentions)
 * go into the mention store and the sections' context (which asks for sections to be read for evidence when a
 * mention with a rule needs it); the page's own changes (removed nodes, shown or hidden elements) take mentions
 * out or bring hidden ones back. Anything that changes what is shown marks the paint dirty.
 */
import type { EvidencePhrase } from '../../../data/compiled-types';
import type { SectionContext } from '../match/section-context';
import type { TermMatcher } from '../match/term-matcher';
import type { MentionStore, StoredMention } from '../mark/mention-store';
import type { MutationBatch } from '../scan/mutation-batcher';
import type { PageSections } from '../scan/page-sections';
import type { EvidenceJob, ScanHandlers, ScanRoot } from '../scan/page-scanner';
import { isInsideSkipped, type SkipRules } from '../scan/text-segments';
import type { SessionPaint } from './session-paint';

export interface SessionFindings {
  store: MentionStore;
  /** Mentions found inside something not rendered (collapsed, `display: none`): kept, not painted. */
  hidden: Set<StoredMention>;
  context: SectionContext;
  sections: PageSections;
  /** Only told that something it shows changed. */
  paint: Pick<SessionPaint, 'dirty'>;
  /** Subtrees the page added or changed, to be read for evidence for the sections around them. */
  changedRoots: { root: ScanRoot; sections: Element[] }[];
  /** Open shadow roots read so far: a section's evidence takes in those under it. */
  shadowRoots: ReadonlySet<ShadowRoot>;
  /** Notes the page title's evidence for the body; done once, when the body is first read for evidence. */
  readTitle(): void;
  titleRead?: boolean;
}

export function isRendered(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return node.isConnected;
  return typeof parent.checkVisibility === 'function' ? parent.checkVisibility({ visibilityProperty: true }) : true;
}

/** Reading a section for the evidence its mentions need, as far as they need it. */
function sectionJob(context: SectionContext, section: Element): EvidenceJob {
  return {
    root: section,
    wants: (offset, batches) => context.wantsEvidence(section, offset, batches),
    found: (hit, source, offset) => context.evidenceFound(section, hit.phrase, source, offset),
    done: (complete) => context.evidenceRead(section, complete),
  };
}

/** Reading a shadow root under a section for that section's evidence, while the section still wants some. */
function shadowJob(context: SectionContext, section: Element, root: ShadowRoot): EvidenceJob {
  return {
    root,
    wants: (offset, batches) => context.wantsEvidence(section, offset, batches),
    found: (hit, source, offset) => context.evidenceFound(section, hit.phrase, source, offset),
    done: () => undefined,
  };
}

/** Reading a changed subtree for the sections around it that already hold evidence. */
function changeJob(context: SectionContext, root: ScanRoot, sections: readonly Element[]): EvidenceJob {
  const note = (phrase: EvidencePhrase, source: Node) => {
    for (const section of sections) context.evidenceFound(section, phrase, source, Infinity);
  };
  return { root, wants: () => true, found: (hit, source) => note(hit.phrase, source), done: () => undefined };
}

/** The scanner's reports, filed into the session's findings; `watch` follows shadow roots the scanner finds. */
export function scanHandlers(findings: SessionFindings, watch: (root: ShadowRoot) => void): ScanHandlers {
  const { store, hidden, context, sections, paint } = findings;
  /** Whether the scanner is reading the whole page for the first time (nothing stored can be in what it reads). */
  let firstReading = false;
  return {
    rootStarted(root) {
      firstReading = root === document.body && store.size === 0;
      store.expectAdditionsInOrder(firstReading);
    },
    rootCleared(root) {
      if (firstReading || store.size === 0) return;
      // Its text nodes, one by one (a changed block is small): whatever was found in them is out of date.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      if (store.removeAtNodes(nodes) > 0) paint.dirty = true;
    },
    batchStarted(nodes) {
      // On a first reading of the page no node has been read before, so nothing found earlier can be in it.
      if (!firstReading && store.size > 0 && store.removeAtNodes(nodes) > 0) paint.dirty = true;
    },
    match(found) {
      const source = found.nodes[0]!;
      // Built field by field: a spread copies through the object's shape each time, and this runs per mention.
      const { range, nodes, term, matchedText, nation } = found;
      const entry = {
        range,
        nodes,
        term,
        matchedText,
        nation,
        hidden: !isRendered(source),
        section: sections.sectionOf(source),
      };
      const stored = store.add(entry);
      context.mentionAdded(stored);
      if (stored.hidden) hidden.add(stored);
      paint.dirty = true;
    },
    shadowRootFound: watch,
    evidenceJobs() {
      const jobs = findings.changedRoots.map(({ root, sections: around }) => changeJob(context, root, around));
      findings.changedRoots = [];
      for (const section of context.takeSectionsToRead()) {
        if (section === document.body && !findings.titleRead) {
          findings.titleRead = true;
          findings.readTitle();
        }
        jobs.push(sectionJob(context, section));
        for (const root of findings.shadowRoots) {
          if (section.contains(root.host)) jobs.push(shadowJob(context, section, root));
        }
      }
      return jobs;
    },
  };
}

/** The page's title counts towards what the whole page (its body) is about; it is not in the body the scanner reads. */
export function readTitle(findings: SessionFindings, matcher: TermMatcher): void {
  const title = document.title;
  if (!title || !document.body) return;
  const body = document.body;
  for (const hit of matcher.evidence.findAll(title)) {
    findings.context.evidenceFound(body, hit.phrase, document.documentElement, 0);
  }
  for (const { term } of matcher.findAll(title).matches) {
    // Only terms without rules: the title's words are evidence, never mentions to judge.
    if (term.ambiguous || term.otherNations || term.requiresNearby) continue;
    findings.context.mentionAdded({ term, section: body });
  }
}

/**
 * Applies a batch of the page's changes; `scan` queues a subtree for reading again. Returns whether the session
 * has work to do (something to repaint, or removals to settle).
 */
export function applyPageChanges(
  findings: SessionFindings,
  batch: MutationBatch,
  rules: SkipRules,
  scan: (root: ScanRoot) => void,
): boolean {
  const { store, hidden, context, sections, paint } = findings;
  if (batch.removals) {
    if (store.removeDisconnected() > 0) paint.dirty = true;
    context.forgetDisconnected();
  }
  for (const target of batch.attributeTargets) {
    if (isInsideSkipped(target, rules)) {
      removeInside(store, target, paint);
      continue;
    }
    for (const stored of hidden) {
      if (!target.contains(stored.nodes[0]!) || !isRendered(stored.nodes[0]!)) continue;
      stored.hidden = false;
      hidden.delete(stored);
      paint.dirty = true;
    }
  }
  for (const root of batch.roots) {
    scan(root);
    const section = sections.sectionOf(root.nodeType === 11 ? (root as ShadowRoot).host : root);
    const around = context.withEvidence([section, ...sections.ancestorsOf(section)]);
    if (around.length > 0) findings.changedRoots.push({ root, sections: around });
  }
  return paint.dirty || batch.removals;
}

function removeInside(store: MentionStore, element: Element, paint: SessionFindings['paint']): void {
  const nodes = [...store.all()].filter((stored) => element.contains(stored.nodes[0]!)).flatMap((s) => s.nodes);
  if (store.removeAtNodes(nodes) > 0) paint.dirty = true;
}
