/**
 * Checks raw dataset input against the schema and the rules that span records (unique ids, known related ids,
 * no alias claimed by two records unless both declare it shared). Returns every problem at once, each naming
 * the record and the field, so a broken build says exactly what to fix.
 */
import * as v from 'valibot';
import { DatasetMetaSchema, RecordSchema, type DatasetMeta, type DatasetRecord } from './schema';
import { normaliseForMatching } from '../utils/page/match/normalise-text';

export interface DatasetProblem {
  recordId: string;
  field: string;
  message: string;
}

export type DatasetValidation =
  { ok: true; meta: DatasetMeta; records: DatasetRecord[] } | { ok: false; problems: DatasetProblem[] };

export function formatProblem(problem: DatasetProblem): string {
  return `record "${problem.recordId}", field "${problem.field}": ${problem.message}`;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  const keys = v.getDotPath(issue);
  return keys ?? '(record)';
}

function guessRecordId(raw: unknown, index: number, origin: string): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return `${origin}#${index}`;
}

export function validateDataset(
  rawMeta: unknown,
  rawRecords: ReadonlyArray<{ origin: string; value: unknown }>,
): DatasetValidation {
  const problems: DatasetProblem[] = [];
  const metaResult = v.safeParse(DatasetMetaSchema, rawMeta);
  if (!metaResult.success) {
    for (const issue of metaResult.issues) {
      problems.push({ recordId: '(dataset meta)', field: issuePath(issue), message: issue.message });
    }
  }

  const records: DatasetRecord[] = [];
  // Ids of records that failed the schema still exist: relations to them are not "unknown".
  const invalidRecordIds = new Set<string>();
  rawRecords.forEach(({ origin, value }, index) => {
    const result = v.safeParse(RecordSchema, value);
    if (result.success) {
      records.push(result.output);
      return;
    }
    const recordId = guessRecordId(value, index, origin);
    invalidRecordIds.add(recordId);
    for (const issue of result.issues) {
      problems.push({ recordId, field: issuePath(issue), message: issue.message });
    }
  });

  problems.push(...crossRecordProblems(records, invalidRecordIds));
  if (problems.length > 0 || !metaResult.success) return { ok: false, problems };
  return { ok: true, meta: metaResult.output, records };
}

function crossRecordProblems(
  records: readonly DatasetRecord[],
  invalidRecordIds: ReadonlySet<string>,
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const ids = new Set<string>();
  for (const record of records) {
    if (ids.has(record.id)) problems.push({ recordId: record.id, field: 'id', message: 'duplicate id' });
    ids.add(record.id);
  }

  const claims = new Map<string, { recordId: string; shared: boolean }[]>();
  for (const record of records) {
    record.related.forEach((relatedId, i) => {
      if (!ids.has(relatedId) && !invalidRecordIds.has(relatedId)) {
        problems.push({ recordId: record.id, field: `related.${i}`, message: `unknown record id "${relatedId}"` });
      }
      if (relatedId === record.id) {
        problems.push({ recordId: record.id, field: `related.${i}`, message: 'a record cannot relate to itself' });
      }
    });
    const lastEvent = record.timeline.at(-1);
    if (lastEvent && lastEvent.date > record.statusAsOf) {
      problems.push({
        recordId: record.id,
        field: 'statusAsOf',
        message: `is earlier than the latest timeline event (${lastEvent.date})`,
      });
    }
    record.terms.forEach((term) => {
      const key = normaliseForMatching(term.text);
      const list = claims.get(key) ?? [];
      if (!list.some((claim) => claim.recordId === record.id)) {
        list.push({ recordId: record.id, shared: term.shared === true });
      }
      claims.set(key, list);
    });
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
