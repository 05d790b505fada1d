/**
 * The maintainer's report (`npm run dataset -- --report`): records by the age of their last check, statuses per
 * chapter, sources per domain, and records that rest on one source only. The next update starts from it.
 */
import { STATUSES, isRecommendation, type DatasetMeta, type DatasetRecord } from './schema';
import { sourceLists } from './dataset-rules';
import { CHAPTER_TITLES } from './dataset-coverage';

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function ageSection(records: readonly DatasetRecord[], meta: DatasetMeta): string[] {
  const lines = ['## Records by age of last check', ''];
  const byAge = new Map<string, string[]>();
  for (const record of records.filter(isRecommendation)) {
    const list = byAge.get(record.statusAsOf) ?? [];
    list.push(record.id);
    byAge.set(record.statusAsOf, list);
  }
  for (const [date, ids] of [...byAge].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `- checked ${date} (${daysBetween(date, meta.asOf)} days before ${meta.asOf}): ${ids.length} — ${ids.join(', ')}`,
    );
  }
  return lines;
}

function statusSection(records: readonly DatasetRecord[]): string[] {
  const recommendations = records.filter(isRecommendation);
  const header = `| Chapter | ${STATUSES.join(' | ')} | total |`;
  const lines = ['## Statuses per chapter', '', header, `|${' --- |'.repeat(STATUSES.length + 2)}`];
  for (const chapter of Object.keys(CHAPTER_TITLES).map(Number)) {
    const inChapter = recommendations.filter((record) => record.chapter === chapter);
    const counts = STATUSES.map((status) => inChapter.filter((record) => record.status === status).length);
    lines.push(`| ${chapter} | ${counts.join(' | ')} | ${inChapter.length} |`);
  }
  const legislated = recommendations.filter((record) => record.status === 'legislated');
  lines.push('', `In law: ${legislated.map((record) => `${record.id} (${record.inForce})`).join(', ')}`);
  const noSection = legislated.filter((record) => record.act?.sections.length === 0).map((record) => record.id);
  if (noSection.length > 0) lines.push(`In law with no section number cited yet: ${noSection.join(', ')}`);
  return lines;
}

function uniqueUrls(record: DatasetRecord): Set<string> {
  return new Set(sourceLists(record).flatMap((list) => list.sources.map((source) => source.url)));
}

function domainSection(records: readonly DatasetRecord[]): string[] {
  const perDomain = new Map<string, { urls: Set<string>; records: Set<string>; allowed: number }>();
  for (const record of records) {
    for (const list of sourceLists(record)) {
      for (const source of list.sources) {
        const host = hostOf(source.url);
        const entry = perDomain.get(host) ?? { urls: new Set(), records: new Set(), allowed: 0 };
        if (!entry.urls.has(source.url) && source.allowReason) entry.allowed += 1;
        entry.urls.add(source.url);
        entry.records.add(record.id);
        perDomain.set(host, entry);
      }
    }
  }
  const lines = [
    '## Sources per domain',
    '',
    '| Domain | distinct URLs | records | with allowReason |',
    '| --- | --- | --- | --- |',
  ];
  for (const [host, entry] of [...perDomain].sort(
    (a, b) => b[1].urls.size - a[1].urls.size || a[0].localeCompare(b[0]),
  )) {
    lines.push(`| ${host} | ${entry.urls.size} | ${entry.records.size} | ${entry.allowed} |`);
  }
  return lines;
}

/** Sources other than the primary documents every record cites (the review's page, the strategy's page). */
const GENERIC = [
  /\/groups\/independent-review-of-childrens-social-care$/,
  /\/childrens-social-care-stable-homes-built-on-love/,
];

function singleSourceSection(records: readonly DatasetRecord[]): string[] {
  const lines = ['## Records resting on one source only', ''];
  const single = records.filter((record) => {
    const specific = [...uniqueUrls(record)].filter((url) => !GENERIC.some((pattern) => pattern.test(url)));
    return specific.length <= 1;
  });
  const thinEvents = records.flatMap((record) =>
    record.timeline.filter((event) => event.sources.length === 1).map(() => record.id),
  );
  lines.push(
    single.length > 0
      ? `- ${single.map((record) => record.id).join(', ')}: one source besides the review and the strategy`
      : '- none: every record cites at least two sources besides the review and the strategy',
  );
  const counts = new Map<string, number>();
  for (const id of thinEvents) counts.set(id, (counts.get(id) ?? 0) + 1);
  lines.push(
    `- timeline events with a single source: ${thinEvents.length} in ${counts.size} records ` +
      `(most: ${[...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([id, n]) => `${id} ${n}`)
        .join(', ')})`,
  );
  const lowConfidence = records.filter((record) => isRecommendation(record) && record.confidence === 'low');
  lines.push(`- confidence low: ${lowConfidence.map((record) => record.id).join(', ') || 'none'}`);
  return lines;
}

export function renderReport(records: readonly DatasetRecord[], meta: DatasetMeta): string {
  const recommendations = records.filter(isRecommendation).length;
  return [
    `# Dataset ${meta.version}, as of ${meta.asOf}`,
    '',
    `${recommendations} recommendations, ${records.length - recommendations} context records.`,
    '',
    ...ageSection(records, meta),
    '',
    ...statusSection(records),
    '',
    ...domainSection(records),
    '',
    ...singleSourceSection(records),
    '',
  ].join('\n');
}
