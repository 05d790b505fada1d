/**
 * Judges, section by section (utils/page/scan/page-sections.ts), whether a mention of a term with a rule in the
 * data is shown:
 * - an ambiguous term ("family help", "corporate parent") where its section reads as being about children's
 *   social care: care signals found in the section's text, each counted once however often it occurs, and the
 *   dataset's unambiguous terms found there, reach `CARE_CONTEXT_THRESHOLD`; a section with some evidence of its
 *   own (`PART_THRESHOLD`) inside a section about care counts too (a fact box in a care article), a section with
 *   none does not (a "most read" rail beside it);
 * - a term other UK nations use for their own policy unless its sentence or block, or failing those the opening
 *   of its section, names another nation;
 * - a term that `requiresNearby` when one of those phrases is in its section.
 *
 * A section's evidence is read only when a mention in it needs it, and only as far as it is needed (until the
 * section is about care, through its opening for nations, until a required phrase turns up): a page with no such
 * terms costs nothing here. Evidence is kept per text node, so what the page removes stops counting.
 */
import type { CompiledTerm, EvidencePhrase } from '../../../data/compiled-types';
import type { Nation } from './nation-hints';

/** Enough for: a word that names children's social care and another signal, or two strong signals (weights in
 * data/care-context-signals.ts), or a dataset term and a medium signal. */
export const CARE_CONTEXT_THRESHOLD = 5;
/** Enough of its own for a section inside a section about care to count as about care too. */
export const PART_THRESHOLD = 3;
/** What an unambiguous dataset term found in a section weighs (as much as the words that name the subject). */
const TERM_WEIGHT = 4;
/**
 * How much of a section's opening is read for its nation: a news story says where it is set at the top. Counted
 * in characters, and in batches of the walk for sections with little text among very many elements.
 */
export const NATION_OPENING_CHARS = 4_000;
const NATION_OPENING_BATCHES = 3;
/** A section names another nation when its opening does at least this often and England at most a third as often. */
const OTHER_NATION_MIN = 2;
/** Places kept per piece of evidence: enough to survive most removals, few enough that a long page costs nothing. */
const SOURCES_KEPT = 8;

/** What the judgement needs of a stored mention. */
export interface JudgedMention {
  term: CompiledTerm;
  /** The nearest section of the mention's first node. */
  section: Element;
  /** The nation its sentence or block names (term-matcher.ts), for terms other nations use too. */
  nation?: Nation;
}

interface SectionRecord {
  signals: Map<number, Set<Node>>;
  nations: Record<Nation, Set<Node>>;
  nearby: Map<string, Set<Node>>;
  /**
   * Unambiguous terms found in the section or a section inside it (evidence), counted by their records: a
   * mention's arrival or removal costs one update, however many mentions the section holds.
   */
  terms: Map<string, number>;
  needsCare: boolean;
  needsNation: boolean;
  needsNearby: Set<string>;
  /** Its whole text has been read for evidence. */
  complete: boolean;
  /** An evidence reading of it is queued or under way. */
  reading: boolean;
  /** It has been read for evidence (in part or in full). */
  read: boolean;
  score: number | null;
}

export interface SectionContext {
  /** A mention was stored: it counts as evidence, and one with a rule notes what its section must be read for. */
  mentionAdded(mention: JudgedMention): void;
  mentionRemoved(mention: JudgedMention): void;
  /** Sections whose text must be read (further) for evidence; each is then marked as being read. */
  takeSectionsToRead(): Element[];
  /** Whether reading `section` for evidence is still worth going on, `offset` characters (`batches`) into it. */
  wantsEvidence(section: Element, offset: number, batches: number): boolean;
  /** Evidence found in the text of `source`, `offset` characters into the section's text (0: not known). */
  evidenceFound(section: Element, phrase: EvidencePhrase, source: Node, offset: number): void;
  /** A reading of `section` ended: at the end of its text (`complete`), or because nothing more was needed. */
  evidenceRead(section: Element, complete: boolean): void;
  /** Whether a judgement may have changed since the last call. */
  takeChanged(): boolean;
  shows(mention: JudgedMention): boolean;
  /** Whether some section with a judged mention is about care (for reports). */
  anyAboutCare(): boolean;
  /** Sections that already hold evidence, among `sections` (text added to them is read for evidence too). */
  withEvidence(sections: readonly Element[]): Element[];
  /** Drops evidence whose text left the page; sections that lost all of some evidence are read again if needed. */
  forgetDisconnected(): void;
  clear(): void;
}

export interface SectionContextOptions {
  weights: readonly number[];
  /** The sections enclosing a section, nearest first (page-sections.ts). */
  ancestorsOf(section: Element): readonly Element[];
}

function newRecord(): SectionRecord {
  return {
    signals: new Map(),
    nations: { england: new Set(), other: new Set() },
    nearby: new Map(),
    terms: new Map(),
    needsCare: false,
    needsNation: false,
    needsNearby: new Set(),
    complete: false,
    reading: false,
    read: false,
    score: null,
  };
}

function addSource(sources: Set<Node> | undefined, source: Node): Set<Node> {
  const set = sources ?? new Set<Node>();
  if (set.size < SOURCES_KEPT) set.add(source);
  return set;
}

function prune(sources: Set<Node>): boolean {
  const full = sources.size >= SOURCES_KEPT;
  for (const source of sources) if (!source.isConnected) sources.delete(source);
  return full && sources.size === 0;
}

function noteEvidence(entry: SectionRecord, phrase: EvidencePhrase, source: Node, offset: number): void {
  for (const signal of phrase.signals ?? []) {
    if (!entry.signals.has(signal)) entry.score = null;
    entry.signals.set(signal, addSource(entry.signals.get(signal), source));
  }
  if (phrase.nation && offset < NATION_OPENING_CHARS) addSource(entry.nations[phrase.nation], source);
  for (const nearby of phrase.nearby ?? []) entry.nearby.set(nearby, addSource(entry.nearby.get(nearby), source));
}

/** Drops the record's sources that left the page; true when some evidence lost every place kept for it. */
function pruneRecord(entry: SectionRecord): boolean {
  let lost = false;
  for (const map of [entry.signals, entry.nearby] as Map<unknown, Set<Node>>[]) {
    for (const [key, sources] of map) {
      lost = prune(sources) || lost;
      if (sources.size === 0) map.delete(key);
    }
  }
  for (const nation of ['england', 'other'] as const) lost = prune(entry.nations[nation]) || lost;
  entry.score = null;
  return lost;
}

/** Care signals by weight, each once, and the distinct unambiguous terms found in the section. */
function scoreOf(entry: SectionRecord, weights: readonly number[]): number {
  if (entry.score !== null) return entry.score;
  let total = 0;
  for (const index of entry.signals.keys()) total += weights[index] ?? 0;
  return (entry.score = total + TERM_WEIGHT * entry.terms.size);
}

/** The key an unambiguous term counts under (null for ambiguous terms, which are no evidence). */
const termKeys = new WeakMap<CompiledTerm, string | null>();
function evidenceKey(term: CompiledTerm): string | null {
  let key = termKeys.get(term);
  if (key === undefined) termKeys.set(term, (key = term.ambiguous ? null : term.recordIds.join(' ')));
  return key;
}

/** Adds `change` (1 or -1) to the count of a term's records in a section; true when the set of them changed. */
function countTerm(entry: SectionRecord, key: string, change: number): boolean {
  const count = (entry.terms.get(key) ?? 0) + change;
  if (count > 0) entry.terms.set(key, count);
  else entry.terms.delete(key);
  return count === (change > 0 ? 1 : 0);
}

/** Whether the section's mentions still need something its text may tell. */
function needsUnmet(entry: SectionRecord, score: number): boolean {
  if (entry.needsCare && score < CARE_CONTEXT_THRESHOLD) return true;
  if (entry.needsNation) return true;
  for (const phrase of entry.needsNearby) if (!entry.nearby.has(phrase)) return true;
  return false;
}

export function createSectionContext(options: SectionContextOptions): SectionContext {
  const records = new Map<Element, SectionRecord>();
  let changed = false;
  const record = (section: Element): SectionRecord => {
    let found = records.get(section);
    if (!found) records.set(section, (found = newRecord()));
    return found;
  };
  const chain = (section: Element): Element[] => [section, ...options.ancestorsOf(section)];

  const score = (entry: SectionRecord) => scoreOf(entry, options.weights);
  const judge = createJudgement(records, options, score);
  const unmet = (entry: SectionRecord) => needsUnmet(entry, score(entry));

  return {
    mentionAdded(mention) {
      const { term, section } = mention;
      const key = evidenceKey(term);
      if (key !== null) {
        for (const at of chain(section)) {
          const entry = record(at);
          if (countTerm(entry, key, 1)) entry.score = null;
        }
      }
      const entry = record(section);
      if (term.ambiguous) entry.needsCare = true;
      if (term.otherNations && !mention.nation) entry.needsNation = true;
      for (const phrase of term.requiresNearby ?? []) entry.needsNearby.add(phrase);
      changed = true;
    },
    mentionRemoved(mention) {
      const key = evidenceKey(mention.term);
      if (key !== null) {
        for (const at of chain(mention.section)) {
          const entry = records.get(at);
          if (entry && countTerm(entry, key, -1)) entry.score = null;
        }
      }
      changed = true;
    },
    takeSectionsToRead() {
      // A section read in full that is about care only with help asks its enclosing sections to be read.
      for (const [section, entry] of [...records]) {
        if (judge.ancestorsNeeded(section, entry)) {
          for (const ancestor of options.ancestorsOf(section)) record(ancestor).needsCare = true;
        }
      }
      const sections: Element[] = [];
      for (const [section, entry] of records) {
        if (entry.complete || entry.reading || !section.isConnected || !unmet(entry)) continue;
        entry.reading = true;
        sections.push(section);
      }
      return sections;
    },
    wantsEvidence(section, offset, batches) {
      const entry = records.get(section);
      if (!entry) return false;
      if (entry.needsCare && score(entry) < CARE_CONTEXT_THRESHOLD) return true;
      if (entry.needsNation && offset < NATION_OPENING_CHARS && batches < NATION_OPENING_BATCHES) return true;
      for (const phrase of entry.needsNearby) if (!entry.nearby.has(phrase)) return true;
      return false;
    },
    evidenceFound(section, phrase, source, offset) {
      noteEvidence(record(section), phrase, source, offset);
      changed = true;
    },
    evidenceRead(section, complete) {
      const entry = record(section);
      entry.reading = false;
      entry.read = true;
      if (complete) entry.complete = true;
      // Nations are read from the opening only: once that is read, nothing more is asked.
      entry.needsNation = false;
      changed = true;
    },
    takeChanged() {
      const was = changed;
      changed = false;
      return was;
    },
    shows: judge.shows,
    anyAboutCare() {
      for (const [section, entry] of records) if (entry.needsCare && judge.aboutCare(section, entry)) return true;
      return false;
    },
    withEvidence: (sections) => sections.filter((section) => records.get(section)?.read === true),
    forgetDisconnected() {
      for (const [section, entry] of records) {
        if (!section.isConnected) records.delete(section);
        else if (pruneRecord(entry)) entry.complete = false;
      }
      changed = true;
    },
    clear() {
      records.clear();
      changed = true;
    },
  };
}

/** The rules themselves, over the sections' records. */
function createJudgement(
  records: Map<Element, SectionRecord>,
  options: SectionContextOptions,
  score: (entry: SectionRecord) => number,
) {
  function aboutCare(section: Element, entry: SectionRecord): boolean {
    const own = score(entry);
    if (own >= CARE_CONTEXT_THRESHOLD) return true;
    if (own < PART_THRESHOLD) return false;
    return options.ancestorsOf(section).some((ancestor) => {
      const outer = records.get(ancestor);
      return outer !== undefined && score(outer) >= CARE_CONTEXT_THRESHOLD;
    });
  }

  function sectionNation(section: Element): Nation | undefined {
    for (const at of [section, ...options.ancestorsOf(section)]) {
      const entry = records.get(at);
      if (!entry) continue;
      const other = entry.nations.other.size;
      const england = entry.nations.england.size;
      if (other >= OTHER_NATION_MIN && other > 3 * england) return 'other';
      if (england > 0 || other > 0) return 'england';
    }
    return undefined;
  }

  return {
    aboutCare,
    /** Whether a section read in full, and about care only with help, needs its ancestors read. */
    ancestorsNeeded(section: Element, entry: SectionRecord): boolean {
      if (!entry.needsCare || !entry.complete) return false;
      const own = score(entry);
      if (own >= CARE_CONTEXT_THRESHOLD || own < PART_THRESHOLD) return false;
      return options.ancestorsOf(section).some((ancestor) => {
        const outer = records.get(ancestor);
        return !outer || (!outer.needsCare && score(outer) < CARE_CONTEXT_THRESHOLD);
      });
    },
    shows(mention: JudgedMention): boolean {
      const { term, section } = mention;
      const entry = records.get(section);
      if (term.requiresNearby && !term.requiresNearby.some((phrase) => entry?.nearby.has(phrase))) return false;
      if (term.otherNations && (mention.nation ?? sectionNation(section)) === 'other') return false;
      if (term.ambiguous && !(entry && aboutCare(section, entry))) return false;
      return true;
    },
  };
}
