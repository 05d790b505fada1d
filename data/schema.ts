/**
 * The dataset's shape, checked at build time. A record that breaks a rule stops the build with a message that
 * names the record and the field (see `validateDataset`).
 */
import * as v from 'valibot';
import { STATUSES, THEMES, type Status, type Theme } from '../utils/shared/vocabulary';

export { STATUSES, THEMES, type Status, type Theme };

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real calendar date'),
);
const sentence = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const SourceSchema = v.strictObject({
  url: v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL')),
  publisher: sentence,
  title: v.optional(sentence),
  /** Publication date of the source when known; the month is enough when the day is not known. */
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'))),
});
export type Source = v.InferOutput<typeof SourceSchema>;

export const TimelineEventSchema = v.strictObject({
  date: isoDate,
  /** 'month' when sources give only the month: the day in `date` is then the 1st and is not shown. */
  datePrecision: v.optional(v.picklist(['day', 'month'])),
  /** What happened, in the project's own words. */
  text: sentence,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every timeline event needs a source')),
});
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;

export const TermSchema = v.strictObject({
  text: v.pipe(v.string(), v.trim(), v.minLength(3, 'a term needs at least 3 characters')),
  /** Also used in everyday or business English: marked only on pages about children's social care. */
  ambiguous: v.optional(v.boolean()),
  /** Deliberately points at several records (each record that lists it must flag it shared). */
  shared: v.optional(v.boolean()),
});
export type Term = v.InferOutput<typeof TermSchema>;

export const RecordSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)')),
    kind: v.picklist(['recommendation', 'entity']),
    theme: v.picklist(THEMES),
    title: v.pipe(sentence, v.maxLength(90, 'keep titles under 90 characters')),
    /** What the review asked for (for entities: what the thing is). */
    ask: sentence,
    figures: v.array(sentence),
    /** What the February 2023 response (Stable Homes, Built on Love) said. */
    response: sentence,
    timeline: v.array(TimelineEventSchema),
    status: v.picklist(STATUSES, `must be one of: ${STATUSES.join(', ')}`),
    statusAsOf: isoDate,
    statusReason: sentence,
    /** Caveats a careful reader needs: disagreeing sources, unconfirmed details. */
    caveats: v.optional(v.array(sentence)),
    confidence: v.picklist(['high', 'medium', 'low']),
    sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every record needs at least one source')),
    terms: v.pipe(v.array(TermSchema), v.minLength(1, 'every record needs at least one term')),
    related: v.array(v.string()),
  }),
  // forward: the issue names the `timeline` field rather than the whole record.
  v.forward(
    v.partialCheck(
      [['timeline']],
      (record) => record.timeline.every((event, i, all) => i === 0 || all[i - 1]!.date <= event.date),
      'timeline must be sorted by date, oldest first',
    ),
    ['timeline'],
  ),
);
export type DatasetRecord = v.InferOutput<typeof RecordSchema>;

export const DatasetMetaSchema = v.strictObject({
  version: v.pipe(v.string(), v.regex(/^\d{4}\.\d{2}\.\d+$/, 'must look like 2026.06.1')),
  asOf: isoDate,
  title: sentence,
});
export type DatasetMeta = v.InferOutput<typeof DatasetMetaSchema>;
