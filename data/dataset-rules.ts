/**
 * The rules that span fields or records, run after the schema has accepted each record. Each returns problems that
 * name the record and the field, in the style of `formatProblem`.
 */
import {
  isRecommendation,
  type DatasetMeta,
  type DatasetRecord,
  type RecommendationRecord,
  type Source,
} from './schema';
import {
  ACT_SECTION_URL,
  FINAL_REPORT_URL,
  KCSHFT_URL,
  SHBL_URLS,
  actSectionUrl,
  isCommencementSource,
  isPrimarySource,
} from './source-rules';
import { normaliseForMatching } from '../utils/page/match/normalise-text';

export interface DatasetProblem {
  recordId: string;
  field: string;
  message: string;
}

type Problems = DatasetProblem[];

/** Every source list of a record, with its field path. */
export function sourceLists(record: DatasetRecord): { field: string; sources: readonly Source[] }[] {
  const lists = [{ field: 'sources', sources: record.sources }];
  record.timeline.forEach((event, i) => lists.push({ field: `timeline.${i}.sources`, sources: event.sources }));
  if (isRecommendation(record)) {
    lists.push({ field: 'responseSources', sources: record.responseSources });
    record.statusHistory.forEach((entry, i) =>
      lists.push({ field: `statusHistory.${i}.source`, sources: [entry.source] }),
    );
  }
  return lists;
}

function citedUrls(record: DatasetRecord): Set<string> {
  return new Set(sourceLists(record).flatMap((list) => list.sources.map((source) => source.url)));
}

export function idProblems(records: readonly DatasetRecord[], invalidIds: ReadonlySet<string>): Problems {
  const problems: Problems = [];
  const ids = new Set<string>();
  for (const record of records) {
    if (ids.has(record.id)) problems.push({ recordId: record.id, field: 'id', message: 'duplicate id' });
    ids.add(record.id);
  }
  const aliasOwner = new Map<string, string>();
  for (const record of records) {
    (record.aliases ?? []).forEach((alias, i) => {
      const field = `aliases.${i}`;
      if (ids.has(alias) || invalidIds.has(alias)) {
        problems.push({ recordId: record.id, field, message: `"${alias}" is the id of a record, not a retired id` });
      } else if (aliasOwner.has(alias)) {
        problems.push({
          recordId: record.id,
          field,
          message: `"${alias}" is already an alias of ${aliasOwner.get(alias)}`,
        });
      }
      aliasOwner.set(alias, record.id);
    });
    record.related.forEach((relatedId, i) => {
      const field = `related.${i}`;
      if (!ids.has(relatedId) && !invalidIds.has(relatedId)) {
        const hint = aliasOwner.has(relatedId) ? ` (it is an alias of ${aliasOwner.get(relatedId)})` : '';
        problems.push({ recordId: record.id, field, message: `unknown record id "${relatedId}"${hint}` });
      }
      if (relatedId === record.id)
        problems.push({ recordId: record.id, field, message: 'a record cannot relate to itself' });
    });
  }
  return problems;
}

/** The flags the compile step gives a term's index entry, as one comparable string. */
function matcherFlags(term: DatasetRecord['terms'][number]): string {
  const { ambiguous, otherNations, notAfter, requiresNearby, background } = term;
  return JSON.stringify([
    ambiguous === true,
    otherNations === true,
    notAfter ?? [],
    requiresNearby ?? [],
    background === true,
  ]);
}

export function termProblems(records: readonly DatasetRecord[]): Problems {
  const claims = new Map<string, { recordId: string; shared: boolean }[]>();
  const problems: Problems = [];
  for (const record of records) {
    const flagsOfKey = new Map<string, string>();
    for (const term of record.terms) {
      const key = normaliseForMatching(term.text);
      const list = claims.get(key) ?? [];
      if (!list.some((claim) => claim.recordId === record.id))
        list.push({ recordId: record.id, shared: term.shared === true });
      claims.set(key, list);
      // Spellings of one key are one entry in the index: flags that differ between them would be partly lost.
      const flags = matcherFlags(term);
      if ((flagsOfKey.get(key) ?? flags) !== flags)
        problems.push({
          recordId: record.id,
          field: 'terms',
          message: `term "${key}" is listed twice with different flags; list it once with all its flags`,
        });
      flagsOfKey.set(key, flags);
    }
  }
  for (const [key, list] of claims) {
    if (list.length < 2) continue;
    for (const claim of list.filter((c) => !c.shared)) {
      const others = list.filter((c) => c.recordId !== claim.recordId).map((c) => c.recordId);
      problems.push({
        recordId: claim.recordId,
        field: 'terms',
        message: `term "${key}" is also used by ${others.join(', ')}; flag it "shared": true in every record that uses it`,
      });
    }
  }
  return problems;
}

export function timelineProblems(record: DatasetRecord): Problems {
  const sorted = record.timeline.every((event, i, all) => i === 0 || all[i - 1]!.date <= event.date);
  return sorted
    ? []
    : [{ recordId: record.id, field: 'timeline', message: 'timeline must be sorted by date, oldest first' }];
}

/** Dates: statusAsOf between the latest event and the dataset's as-of date; nothing dated after the dataset. */
export function dateProblems(record: DatasetRecord, meta: DatasetMeta | undefined): Problems {
  const problems: Problems = [];
  const add = (field: string, message: string) => problems.push({ recordId: record.id, field, message });
  const asOf = meta?.asOf;
  record.timeline.forEach((event, i) => {
    if (asOf && event.date > asOf) add(`timeline.${i}.date`, `is after the dataset's as-of date (${asOf})`);
  });
  for (const list of sourceLists(record)) {
    list.sources.forEach((source, i) => {
      const field = list.field.endsWith('.source') ? list.field : `${list.field}.${i}`;
      if (asOf && source.date > asOf) add(`${field}.date`, `is after the dataset's as-of date (${asOf})`);
    });
  }
  if (!isRecommendation(record)) return problems;
  const lastEvent = record.timeline.at(-1);
  if (lastEvent && lastEvent.date > record.statusAsOf) {
    add('statusAsOf', `is earlier than the latest timeline event (${lastEvent.date})`);
  }
  if (asOf && record.statusAsOf > asOf) add('statusAsOf', `is after the dataset's as-of date (${asOf})`);
  return problems;
}

/** Status history: oldest first, ends at the current status, each step dated by a timeline event. */
export function historyProblems(record: RecommendationRecord): Problems {
  const problems: Problems = [];
  const add = (field: string, message: string) => problems.push({ recordId: record.id, field, message });
  const history = record.statusHistory;
  history.forEach((entry, i) => {
    if (i > 0 && history[i - 1]!.from > entry.from) add('statusHistory', 'must be sorted by date, oldest first');
    if (!record.timeline.some((event) => event.date === entry.from)) {
      add(`statusHistory.${i}.from`, `no timeline event is dated ${entry.from}`);
    }
  });
  const last = history.at(-1);
  if (last && last.status !== record.status) {
    add('statusHistory', `ends at "${last.status}" but the status is "${record.status}"`);
  }
  const first = history[0];
  const needsResponseEvent = first && ['rejected', 'committed', 'not-mentioned'].includes(first.status);
  if (needsResponseEvent && !record.timeline.some((event) => event.date === '2023-02-02')) {
    add('timeline', `starts "${first.status}" but has no 2 February 2023 event saying what the strategy did`);
  }
  return problems;
}

/** `legislated` needs inForce, the Act's sections (each cited in readable form) and a commencement source. */
export function actProblems(record: RecommendationRecord): Problems {
  const problems: Problems = [];
  const add = (field: string, message: string) => problems.push({ recordId: record.id, field, message });
  const legislated = record.status === 'legislated';
  if (legislated && !record.inForce) add('inForce', 'is required when the status is "legislated"');
  if (!legislated && record.inForce) add('inForce', 'is only for "legislated" records');
  if (legislated && !record.act) add('act', 'is required when the status is "legislated"');
  const cited = citedUrls(record);
  if (record.act) {
    record.act.sections.forEach((section, i) => {
      if (!cited.has(actSectionUrl(section))) {
        add(`act.sections.${i}`, `section ${section} must be cited as ${actSectionUrl(section)}`);
      }
    });
    if (![...cited].some(isCommencementSource)) {
      add('act.commencement', `needs a commencement source (${actSectionUrl(78)} or commencement regulations)`);
    }
  }
  const claimed = new Set(record.act?.sections ?? []);
  for (const url of cited) {
    const section = Number(ACT_SECTION_URL.exec(url)?.[1]);
    if (section && section !== 78 && !claimed.has(section)) {
      add('act', `cites section ${section} of the 2026 Act, which "act.sections" does not list`);
    }
  }
  return problems;
}

/** Sources: primary first; the final report and the strategy cited; the KCSHFT page never alone. */
export function sourceProblems(record: DatasetRecord): Problems {
  const problems: Problems = [];
  const add = (field: string, message: string) => problems.push({ recordId: record.id, field, message });
  const firstSecondary = record.sources.findIndex((source) => !isPrimarySource(source.url));
  record.sources.forEach((source, i) => {
    if (firstSecondary >= 0 && i > firstSecondary && isPrimarySource(source.url)) {
      add(`sources.${i}`, `is a primary source: list it before the secondary source at sources.${firstSecondary}`);
    }
  });
  for (const list of sourceLists(record)) {
    if (list.sources.some((source) => source.url === KCSHFT_URL) && list.sources.length < 2) {
      add(
        list.field,
        'cites the Keeping Children Safe, Helping Families Thrive page alone: add a source that states the claim',
      );
    }
  }
  if (!isRecommendation(record)) return problems;
  if (!record.sources.some((source) => source.url === FINAL_REPORT_URL)) {
    add('sources', `must cite the final report (${FINAL_REPORT_URL})`);
  }
  const shbl = record.responseSources.filter((source) => (SHBL_URLS as readonly string[]).includes(source.url));
  if (shbl.length === 0) add('responseSources', `must cite Stable Homes, Built on Love on GOV.UK (${SHBL_URLS[0]})`);
  const specific = record.responseSources.filter(
    (source) => !(SHBL_URLS as readonly string[]).includes(source.url) && source.url !== FINAL_REPORT_URL,
  );
  if (specific.length === 0)
    add('responseSources', 'needs a source that states this specific response, besides the strategy itself');
  return problems;
}

export function orderProblems(records: readonly DatasetRecord[]): Problems {
  const problems: Problems = [];
  const seen = new Map<string, string>();
  for (const record of records.filter(isRecommendation)) {
    const key = `${record.chapter}/${record.order}`;
    const other = seen.get(key);
    if (other)
      problems.push({
        recordId: record.id,
        field: 'order',
        message: `chapter ${record.chapter} already has order ${record.order} (${other})`,
      });
    seen.set(key, record.id);
  }
  return problems;
}
