/**
 * The dataset's shape (second edition), checked at build time. A record that breaks a rule stops the build with a
 * message that names the record and the field (see `validateDataset`, which adds the rules that span fields and
 * records). Two kinds of record: a `recommendation` of the review, with a status, and a `context` record for
 * background (the review itself, the strategies, the Act, government measures the review did not propose), which
 * carries no status fields at all.
 */
import * as v from 'valibot';
import { bannedPhraseIn, rejectedUrlReason, isAllowlisted, wordCount } from './source-rules';
import { IN_FORCE, STATUSES, THEMES, type InForce, type Status, type Theme } from '../utils/shared/vocabulary';

export { STATUSES, THEMES, IN_FORCE, type Status, type Theme, type InForce };

/** The final report's chapters that hold recommendations (chapter 1 is the introduction). */
export const CHAPTERS = [2, 3, 4, 5, 6, 7, 8, 9] as const;
export type Chapter = (typeof CHAPTERS)[number];

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real calendar date'),
);
const recordId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'));
const sentence = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** Text a reader sees: never researcher's language ("sources consulted", "not verified" …). */
const readerText = v.pipe(
  sentence,
  v.check(
    (value: string) => bannedPhraseIn(value) === undefined,
    (issue: v.CheckIssue<string>) =>
      `speaks about the research, not the policy: remove "${bannedPhraseIn(String(issue.input))}"`,
  ),
);
const maxWords = (limit: number) =>
  v.check(
    (value: string) => wordCount(value) <= limit,
    (issue: v.CheckIssue<string>) => `must be at most ${limit} words (has ${wordCount(String(issue.input))})`,
  );

export const SourceSchema = v.pipe(
  v.strictObject({
    url: v.pipe(
      v.string(),
      v.url('must be a URL'),
      v.startsWith('https://', 'must be an https URL'),
      v.check(
        (value: string) => rejectedUrlReason(value) === undefined,
        (issue: v.CheckIssue<string>) => `cannot be cited: ${rejectedUrlReason(String(issue.input))}`,
      ),
    ),
    publisher: sentence,
    title: sentence,
    /** Publication date; the month is enough when the day is not known. */
    date: v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'),
      v.check((value) => !Number.isNaN(Date.parse(value.length === 7 ? `${value}-01` : value)), 'must be a real date'),
    ),
    /** Why a source outside the allowlist is cited (a mirror of an official record the original of which is missing). */
    allowReason: v.optional(sentence),
  }),
  v.forward(
    v.partialCheck(
      [['url'], ['allowReason']],
      (source) => isAllowlisted(source.url) || source.allowReason !== undefined,
      'is not on the source allowlist (data/source-rules.ts): use a primary or sector source, or give an allowReason',
    ),
    ['url'],
  ),
);
export type Source = v.InferOutput<typeof SourceSchema>;
const sourceList = (what: string) => v.pipe(v.array(SourceSchema), v.minLength(1, `${what} needs a source`));

export const TimelineEventSchema = v.strictObject({
  date: isoDate,
  /** 'month' when sources give only the month: the day in `date` is then the 1st and is not shown. */
  datePrecision: v.optional(v.picklist(['day', 'month'])),
  /** What happened, in the project's own words. */
  text: v.pipe(readerText, maxWords(40)),
  sources: sourceList('every timeline event'),
});
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;

const wordList = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))),
  v.minLength(1, 'must list at least one entry when present'),
);

export const TermSchema = v.strictObject({
  text: v.pipe(v.string(), v.trim(), v.minLength(3, 'a term needs at least 3 characters')),
  /** Also used in everyday or business English: marked only on pages about children's social care. */
  ambiguous: v.optional(v.boolean()),
  /** Scotland, Wales or Northern Ireland use the same words for their own policy. */
  otherNations: v.optional(v.boolean()),
  /** Deliberately points at several records (each record that lists it must flag it shared). */
  shared: v.optional(v.boolean()),
  /** An irregular plural ("children in need"); regular plurals and possessives need nothing. */
  plural: v.optional(sentence),
  /** Words that must not directly precede the term ("help secure schools"): a left-context rule for the matcher. */
  notAfter: v.optional(wordList),
  /** Words that must not directly follow the term ("… Social Care Services" is Northern Ireland's review). */
  notBefore: v.optional(wordList),
  /** Phrases one of which must appear in the same block or section ("Josh MacAlister" for a bare "MacAlister"). */
  requiresNearby: v.optional(wordList),
  /** The term only names background (a funding total, a programme): shown, never counted as a recommendation. */
  background: v.optional(v.boolean()),
  /** A maintainer's note on the word-sense trap the flags above guard against. Not compiled. */
  trap: v.optional(sentence),
});
export type Term = v.InferOutput<typeof TermSchema>;

export const StatusHistoryEntrySchema = v.strictObject({
  status: v.picklist(STATUSES, `must be one of: ${STATUSES.join(', ')}`),
  /** The date it took this status: the date of a timeline event. */
  from: isoDate,
  source: SourceSchema,
});
export type StatusHistoryEntry = v.InferOutput<typeof StatusHistoryEntrySchema>;

export const ActSchema = v.strictObject({
  /**
   * Sections of the Children's Wellbeing and Schools Act 2026 that carry the measure; each is cited at
   * https://www.legislation.gov.uk/ukpga/2026/21/section/N. Empty only when the section could not be seen.
   */
  sections: v.pipe(
    v.array(v.pipe(v.number(), v.integer('must be a whole section number'), v.minValue(1, 'must be a section number'))),
    v.check((list) => new Set(list).size === list.length, 'must not repeat a section'),
  ),
  /** When it comes into force, in plain words. */
  commencement: readerText,
});
export type ActReference = v.InferOutput<typeof ActSchema>;

const common = {
  id: recordId,
  /** Ids this record had before (merged duplicates, renames): notes written on them follow this record. */
  aliases: v.optional(v.array(recordId)),
  title: v.pipe(readerText, v.maxLength(90, 'keep titles under 90 characters')),
  timeline: v.array(TimelineEventSchema),
  sources: sourceList('every record'),
  terms: v.pipe(v.array(TermSchema), v.minLength(1, 'every record needs at least one term')),
  related: v.array(recordId),
};

export const RecommendationSchema = v.strictObject({
  ...common,
  kind: v.literal('recommendation'),
  chapter: v.picklist(CHAPTERS, `must be a chapter of the final report: ${CHAPTERS.join(', ')}`),
  /** Position inside the chapter, following the report's order as far as sources show it. */
  order: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  theme: v.picklist(THEMES),
  /** What the review asked for, in plain words, with its figures. */
  ask: v.pipe(readerText, maxWords(60)),
  figures: v.array(readerText),
  /** What Stable Homes, Built on Love (Feb 2023) and, where it matters, its Sept 2023 response said. */
  response: v.pipe(readerText, maxWords(50)),
  responseSources: sourceList('the response'),
  timeline: v.pipe(v.array(TimelineEventSchema), v.minLength(1, 'every recommendation needs a dated timeline')),
  status: v.picklist(STATUSES, `must be one of: ${STATUSES.join(', ')}`),
  /** Only for `legislated`: how much of it is in force. */
  inForce: v.optional(v.picklist(IN_FORCE, `must be one of: ${IN_FORCE.join(', ')}`)),
  act: v.optional(ActSchema),
  /** Oldest first; the last entry is the current status. */
  statusHistory: v.pipe(
    v.array(StatusHistoryEntrySchema),
    v.minLength(1, 'every recommendation needs a status history'),
  ),
  /** The date the status was last checked. */
  statusAsOf: isoDate,
  statusReason: readerText,
  /** Caveats a careful reader needs: disagreeing sources, unconfirmed details. */
  caveats: v.optional(v.array(readerText)),
  confidence: v.picklist(['high', 'medium', 'low']),
});
export type RecommendationRecord = v.InferOutput<typeof RecommendationSchema>;

export const ContextSchema = v.strictObject({
  ...common,
  kind: v.literal('context'),
  /** Background records sit under the overview theme unless they say otherwise. */
  theme: v.optional(v.picklist(THEMES), 'overview'),
  /** What it is, in plain words; says so when the review did not propose it. */
  about: v.pipe(readerText, maxWords(60)),
});
export type ContextRecord = v.InferOutput<typeof ContextSchema>;

export const RecordSchema = v.variant(
  'kind',
  [RecommendationSchema, ContextSchema],
  'kind must be "recommendation" or "context"',
);
export type DatasetRecord = RecommendationRecord | ContextRecord;

export const isRecommendation = (record: DatasetRecord): record is RecommendationRecord =>
  record.kind === 'recommendation';

export const DatasetMetaSchema = v.strictObject({
  version: v.pipe(v.string(), v.regex(/^\d{4}\.\d{2}\.\d+$/, 'must look like 2026.06.1')),
  asOf: isoDate,
  title: sentence,
});
export type DatasetMeta = v.InferOutput<typeof DatasetMetaSchema>;

/** How each status (and each in-force state of `legislated`) is named and defined for readers: data/statuses.json. */
export const StatusDefinitionsSchema = v.strictObject({
  statuses: v.pipe(
    v.array(
      v.strictObject({
        id: v.picklist(STATUSES),
        label: sentence,
        shortLabel: sentence,
        definition: readerText,
      }),
    ),
    v.check(
      (list) => STATUSES.every((status) => list.filter((entry) => entry.id === status).length === 1),
      `must define each status exactly once: ${STATUSES.join(', ')}`,
    ),
  ),
  inForce: v.pipe(
    v.array(v.strictObject({ id: v.picklist(IN_FORCE), label: sentence, definition: readerText })),
    v.check(
      (list) => IN_FORCE.every((state) => list.filter((entry) => entry.id === state).length === 1),
      `must define each in-force state exactly once: ${IN_FORCE.join(', ')}`,
    ),
  ),
});
export type StatusDefinitions = v.InferOutput<typeof StatusDefinitionsSchema>;
