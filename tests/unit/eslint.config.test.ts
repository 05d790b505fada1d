// @vitest-environment node
/**
 * The lint zones that keep the layout by runtime context (eslint.config.js): one planted violation per zone makes
 * its rule fire, and the legal import next to it passes. The planted files are linted as text at paths inside each
 * zone; the modules they import are real, so the zone rule has to resolve them as it does for the product.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

// Each test runs the compiler or ESLint over real files: seconds on a busy two-core machine, not milliseconds.
describe('lint zones', { timeout: 60_000 }, () => {
  it('page code may not import extension code', async () => {
    const file = 'utils/page/match/planted.ts';
    expect(await ruleIds(file, "import { db } from '../../extension/db/db';\nexport const x = db;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(
      await ruleIds(file, "import { statusLabel } from '../../shared/status-labels';\nexport const x = statusLabel;\n"),
    ).toEqual([]);
  });

  it('page code may not import the card (an extension page) nor extension code, from utils/page or the content entry', async () => {
    expect(
      await ruleIds(
        'utils/page/card/planted.ts',
        "import { Card } from '../../../components/card/Card';\nexport const x = Card;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await ruleIds(
        'entrypoints/content/planted.ts',
        "import { liveNotes } from '../../utils/extension/notes/notes-repository';\nexport const x = liveNotes;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    // The page side keeps placement and messages: shared message types are fine.
    expect(
      await ruleIds(
        'utils/page/card/planted.ts',
        "import { CARD_FRAME_PAGE } from '../../shared/messages/card-frame';\nexport const x = CARD_FRAME_PAGE;\n",
      ),
    ).toEqual([]);
  });

  it('the card components run in the extension origin: they may use extension code and pages, never page code', async () => {
    expect(
      await ruleIds(
        'components/card/Planted.tsx',
        "import { liveNotes } from '../../utils/extension/notes/notes-repository';\nimport { NoteItem } from '../pages/NoteItem';\nexport const x = [liveNotes, NoteItem];\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        'components/card/Planted.tsx',
        "import { placeCard } from '../../utils/page/card/card-placement';\nexport const x = placeCard;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await ruleIds(
        'entrypoints/card-frame/planted.ts',
        "import { createHoverIntent } from '../../utils/page/card/hover-intent';\nexport const x = createHoverIntent;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
  });

  it('page and shared code may not import Dexie', async () => {
    expect(
      await ruleIds('utils/page/scan/planted.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"),
    ).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(
      await ruleIds('utils/shared/planted.ts', "import { liveQuery } from 'dexie';\nexport const x = liveQuery;\n"),
    ).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(
      await ruleIds('utils/extension/db/planted.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"),
    ).toEqual([]);
  });

  it('extension code may not import page code', async () => {
    const file = 'utils/extension/notes/planted.ts';
    expect(
      await ruleIds(
        file,
        "import { createTermMatcher } from '../../page/match/term-matcher';\nexport const x = createTermMatcher;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await ruleIds(
        'components/pages/popup/Planted.tsx',
        "import { trackPointer } from '../../../utils/page/mark/pointer-tracking';\nexport const x = trackPointer;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await ruleIds(file, "import { formatDate } from '../../shared/format-date';\nexport const x = formatDate;\n"),
    ).toEqual([]);
  });

  it('shared code may import neither side', async () => {
    expect(
      await ruleIds('utils/shared/planted.ts', "import { db } from '../extension/db/db';\nexport const x = db;\n"),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await ruleIds(
        'components/shared/Planted.tsx',
        "import { placeCard } from '../../utils/page/card/card-placement';\nexport const x = placeCard;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
  });

  it('an import the resolver cannot follow is an error, so nothing slips past the zones', async () => {
    expect(
      await ruleIds('utils/page/planted.ts', "import { x } from '../extension/no-such-module';\nexport const y = x;\n"),
    ).toEqual(['import-x/no-unresolved']);
  });

  it('product code may not import tests or scripts', async () => {
    expect(
      await ruleIds(
        'utils/extension/library/planted.ts',
        "import { readExtensionDatabase } from '../../../tests/e2e/support/storage-probes';\nexport const x = readExtensionDatabase;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await ruleIds(
        'components/pages/Planted.tsx',
        "import { ensureChromium } from '../../scripts/harness/chromium';\nexport const x = ensureChromium;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    // Scripts may not import tests either (they share the harness in scripts/harness instead).
    expect(
      await ruleIds(
        'scripts/planted.ts',
        "import { openFixture } from '../tests/e2e/support/open-fixture';\nexport const x = openFixture;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    // Tests themselves may import product code and the harness.
    expect(
      await ruleIds(
        'tests/unit/planted.test.ts',
        "import { db } from '../../utils/extension/db/db';\nexport const x = db;\n",
      ),
    ).toEqual([]);
  });

  it('runtime code imports only types from the build-time dataset code, and no Node modules', async () => {
    const file = 'utils/shared/planted.ts';
    expect(
      await ruleIds(file, "import { RecordSchema } from '../../data/schema';\nexport const x = RecordSchema;\n"),
    ).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(
      await ruleIds(file, "import type { DatasetRecord } from '../../data/schema';\nexport type X = DatasetRecord;\n"),
    ).toEqual([]);
    expect(
      await ruleIds(
        'utils/page/session/planted.ts',
        "import index from '../../../data/generated/content-index.json';\nexport const x = index;\n",
      ),
    ).toEqual([]);
    expect(await ruleIds(file, "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([
      'import-x/no-nodejs-modules',
    ]);
  });
});
