// @vitest-environment node
/**
 * A malformed dataset record must stop the build with a message that names the record and the field.
 *
 * Each case copies the real dataset into a throw-away project, breaks one record and runs the real build step
 * (`tsx scripts/compile-data.ts`, with CARE_LENS_DATA_DIR pointing at the copy). The build step always writes to
 * `generated/` beside the `data/` folder its own code lives in, so the copy carries its own `scripts/`, `data/` and
 * `utils/` code: whatever happens, the repository's real `data/generated/` cannot be overwritten with test data.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../../..');
const TSX = join(REPO, 'node_modules/.bin/tsx');

interface RawRecord {
  id: string;
  status: string;
  response?: string;
  timeline: { date: string }[];
  sources: { url: string }[];
  terms: { text: string; shared?: boolean }[];
  [field: string]: unknown;
}

type RecordFiles = Map<string, RawRecord[]>;

function readRealRecords(): RecordFiles {
  const dir = join(REPO, 'data/records');
  const files: RecordFiles = new Map();
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    files.set(name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawRecord[]);
  }
  return files;
}

function allRecords(files: RecordFiles): RawRecord[] {
  return [...files.values()].flat();
}

function findRecord(files: RecordFiles, accepts: (record: RawRecord) => boolean, wanted: string): RawRecord {
  const record = allRecords(files).find(accepts);
  if (!record) throw new Error(`the dataset has no record with ${wanted} to break`);
  return record;
}

const workDirs: string[] = [];

/** A throw-away project holding the build step's code, `node_modules` (linked) and the given records. */
function makeProject(files: RecordFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'care-lens-bad-data-'));
  workDirs.push(root);
  cpSync(join(REPO, 'package.json'), join(root, 'package.json'));
  for (const folder of ['scripts', 'utils']) cpSync(join(REPO, folder), join(root, folder), { recursive: true });
  mkdirSync(join(root, 'data/records'), { recursive: true });
  for (const name of readdirSync(join(REPO, 'data')).filter((file) => file.endsWith('.ts') || file.endsWith('.json'))) {
    cpSync(join(REPO, 'data', name), join(root, 'data', name));
  }
  for (const [name, records] of files) {
    writeFileSync(join(root, 'data/records', name), JSON.stringify(records, null, 2));
  }
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

interface BuildRun {
  code: number;
  output: string;
  wroteOutputs: boolean;
}

function runBuild(root: string): Promise<BuildRun> {
  return new Promise((resolveRun) => {
    execFile(
      TSX,
      ['scripts/compile-data.ts'],
      { cwd: root, env: { ...process.env, CARE_LENS_DATA_DIR: join(root, 'data') }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolveRun({ code, output: `${stdout}\n${stderr}`, wroteOutputs: existsSync(join(root, 'data/generated')) });
      },
    );
  });
}

/** Copies the real records, lets `breakIt` damage the copy, runs the build on it. */
async function buildWith(breakIt: (files: RecordFiles) => void): Promise<BuildRun> {
  const files = readRealRecords();
  breakIt(files);
  return runBuild(makeProject(files));
}

function expectRejected(run: BuildRun, recordId: string, field: string, words: RegExp): void {
  expect(run.code, run.output).not.toBe(0);
  expect(run.output).toContain('Dataset is invalid');
  const line = run.output.split('\n').find((text) => text.includes(`record "${recordId}", field "${field}"`));
  expect(line, `no line names record "${recordId}" and field "${field}" in:\n${run.output}`).toBeDefined();
  expect(line).toMatch(words);
  expect(run.wroteOutputs, 'an invalid dataset must not write data/generated').toBe(false);
  // A broken record still exists: records that relate to it must not be reported as pointing nowhere.
  expect(run.output).not.toContain(`unknown record id "${recordId}"`);
}

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

// Each case starts the real build step in its own process; on a two-core machine several of them at once take longer.
describe.concurrent('compile-data on a malformed dataset', { timeout: 60_000 }, () => {
  it('builds the untouched copy (the harness itself is sound) and writes only inside the copy', async () => {
    const run = await buildWith(() => {});
    expect(run.code, run.output).toBe(0);
    expect(run.wroteOutputs).toBe(true);
    expect(run.output).toMatch(/recommendations/);
  });

  it('rejects a record missing a required field', async () => {
    let id = '';
    const run = await buildWith((files) => {
      const record = findRecord(files, () => true, 'any fields');
      id = record.id;
      delete record.response;
    });
    expectRejected(run, id, 'response', /./);
  });

  it('rejects a status outside the closed vocabulary', async () => {
    let id = '';
    const run = await buildWith((files) => {
      const record = findRecord(files, () => true, 'a status');
      id = record.id;
      record.status = 'probably-happening';
    });
    expectRejected(run, id, 'status', /must be one of: legislated/);
  });

  it('rejects a timeline that is not oldest first', async () => {
    let id = '';
    const run = await buildWith((files) => {
      const record = findRecord(
        files,
        (candidate) => candidate.timeline.length >= 2 && candidate.timeline[0]!.date < candidate.timeline.at(-1)!.date,
        'two differently dated timeline events',
      );
      id = record.id;
      record.timeline.reverse();
    });
    expectRejected(run, id, 'timeline', /sorted by date/);
  });

  it("rejects researcher's language in a reader-facing field", async () => {
    let id = '';
    const run = await buildWith((files) => {
      const record = findRecord(files, (candidate) => typeof candidate.response === 'string', 'a response');
      id = record.id;
      record.response = 'The sources consulted do not show the February 2023 position.';
    });
    expectRejected(run, id, 'response', /speaks about the research/);
  });

  it('rejects a legislated record with no in-force state', async () => {
    let id = '';
    const run = await buildWith((files) => {
      const record = findRecord(files, (candidate) => candidate.status === 'legislated', 'a legislated record');
      id = record.id;
      delete record.inForce;
    });
    expectRejected(run, id, 'inForce', /required/);
  });

  it('rejects a plain-http source link', async () => {
    let id = '';
    const run = await buildWith((files) => {
      const record = findRecord(files, (candidate) => candidate.sources.length > 0, 'a source');
      id = record.id;
      record.sources[0]!.url = record.sources[0]!.url.replace(/^https:/, 'http:');
    });
    expectRejected(run, id, 'sources.0.url', /https/);
  });

  it('rejects two records with the same id', async () => {
    let id = '';
    const run = await buildWith((files) => {
      const [firstFile, secondFile] = [...files.keys()];
      const original = files.get(firstFile!)![0]!;
      id = original.id;
      files.get(secondFile ?? firstFile!)!.push(structuredClone(original));
    });
    expectRejected(run, id, 'id', /duplicate id/);
  });

  it('rejects a term claimed by two records that do not both flag it shared', async () => {
    let claimant = '';
    let owner = '';
    let term = '';
    const run = await buildWith((files) => {
      const records = allRecords(files);
      const source = findRecord(files, (candidate) => candidate.terms.some((t) => !t.shared), 'an unshared term');
      const target = records.find((candidate) => candidate.id !== source.id)!;
      const stolen = source.terms.find((t) => !t.shared)!;
      owner = source.id;
      claimant = target.id;
      term = stolen.text;
      target.terms.push({ text: stolen.text });
    });
    expectRejected(run, claimant, 'terms', /also used by/);
    expectRejected(run, owner, 'terms', new RegExp(`also used by .*${claimant}`));
    expect(run.output.toLowerCase()).toContain(term.toLowerCase().slice(0, 3));
  });
});
