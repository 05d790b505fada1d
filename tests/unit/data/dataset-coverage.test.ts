// @vitest-environment node
/** data/coverage.md is generated from the data and must be up to date with it; the report carries the flags. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CoverageGapsSchema, coverageGapProblems, renderCoverage } from '../../../data/dataset-coverage';
import { renderReport } from '../../../data/dataset-report';
import { readDatasetFiles } from '../../../data/read-dataset-files';
import { isRecommendation } from '../../../data/schema';

const DATA = resolve(__dirname, '../../../data');
const result = readDatasetFiles(DATA);
if (!result.ok) throw new Error('the dataset is invalid');
const { records, meta } = result;
const gaps = v.parse(CoverageGapsSchema, JSON.parse(readFileSync(join(DATA, 'coverage-gaps.json'), 'utf8')));

describe('coverage', () => {
  it('names only records that exist, with the right kind', () => {
    expect(coverageGapProblems(gaps, records)).toEqual([]);
  });

  it('data/coverage.md is up to date with the data (run npm run dataset -- --coverage)', () => {
    expect(readFileSync(join(DATA, 'coverage.md'), 'utf8')).toBe(renderCoverage(records, gaps, meta.asOf));
  });

  it('lists every recommendation record and every merged id, chapter by chapter', () => {
    const text = renderCoverage(records, gaps, meta.asOf);
    for (const record of records.filter(isRecommendation)) {
      expect(text).toContain(`\`${record.id}\``);
      for (const alias of record.aliases ?? []) expect(text).toContain(alias);
    }
    expect(text).toMatch(/How this list was assembled/);
    for (const chapter of [2, 3, 4, 5, 6, 7, 8, 9]) expect(text).toContain(`## Chapter ${chapter}:`);
  });
});

describe('the maintainer report', () => {
  it('has its four sections', () => {
    const text = renderReport(records, meta);
    for (const heading of [
      'Records by age of last check',
      'Statuses per chapter',
      'Sources per domain',
      'Records resting on one source only',
    ]) {
      expect(text).toContain(`## ${heading}`);
    }
  });
});
