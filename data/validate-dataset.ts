/**
 * Checks raw dataset input against the schema (data/schema.ts) and the rules that span fields and records
 * (data/dataset-rules.ts). Returns every problem at once, each naming the record and the field, so a broken build
 * says exactly what to fix.
 */
import * as v from 'valibot';
import {
  DatasetMetaSchema,
  RecordSchema,
  StatusDefinitionsSchema,
  isRecommendation,
  type DatasetMeta,
  type DatasetRecord,
  type StatusDefinitions,
} from './schema';
import {
  actProblems,
  dateProblems,
  historyProblems,
  idProblems,
  orderProblems,
  sourceProblems,
  termProblems,
  timelineProblems,
  type DatasetProblem,
} from './dataset-rules';

export type { DatasetProblem } from './dataset-rules';

export type DatasetValidation =
  | { ok: true; meta: DatasetMeta; records: DatasetRecord[]; statuses: StatusDefinitions }
  | { ok: false; problems: DatasetProblem[] };

export function formatProblem(problem: DatasetProblem): string {
  return `record "${problem.recordId}", field "${problem.field}": ${problem.message}`;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return v.getDotPath(issue) ?? '(record)';
}

function guessRecordId(raw: unknown, index: number, origin: string): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return `${origin}#${index}`;
}

function parseInto<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, recordId: string, problems: DatasetProblem[]) {
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  for (const issue of result.issues) problems.push({ recordId, field: issuePath(issue), message: issue.message });
  return undefined;
}

export function validateDataset(
  rawMeta: unknown,
  rawRecords: ReadonlyArray<{ origin: string; value: unknown }>,
  rawStatuses: unknown,
): DatasetValidation {
  const problems: DatasetProblem[] = [];
  const meta = parseInto(DatasetMetaSchema, rawMeta, '(dataset meta)', problems);
  const statuses = parseInto(StatusDefinitionsSchema, rawStatuses, '(status definitions)', problems);

  const records: DatasetRecord[] = [];
  // Ids of records that failed the schema still exist: relations to them are not "unknown".
  const invalidRecordIds = new Set<string>();
  rawRecords.forEach(({ origin, value }, index) => {
    const recordId = guessRecordId(value, index, origin);
    const record = parseInto(RecordSchema, value, recordId, problems);
    if (record) records.push(record);
    else invalidRecordIds.add(recordId);
  });

  problems.push(...idProblems(records, invalidRecordIds), ...termProblems(records), ...orderProblems(records));
  for (const record of records) {
    problems.push(...timelineProblems(record), ...dateProblems(record, meta), ...sourceProblems(record));
    if (isRecommendation(record)) problems.push(...historyProblems(record), ...actProblems(record));
  }
  if (problems.length > 0 || !meta || !statuses) return { ok: false, problems };
  return { ok: true, meta, records, statuses };
}
