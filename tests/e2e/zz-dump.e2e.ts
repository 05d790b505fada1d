// Temporary: dumps marks of every fixture page and the demo (not committed).
import { readdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { askContentScript, readMarks } from './support/content-marks';
import { openFixture } from './support/open-fixture';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => browser?.close());

it('dumps', async () => {
  const out: Record<string, unknown> = {};
  const pages = ['/demo/', ...readdirSync('tests/fixtures/pages').filter((f) => f.endsWith('.html'))];
  for (const path of pages) {
    try {
      const { page } = await openFixture(browser, path);
      const marks = await readMarks(page);
      const reply = await askContentScript(browser, page, { type: 'care-lens/get-page-mentions' });
      out[path] = { marks: marks.map((m) => `${m.highlight.replace('care-lens-', '')}: ${m.text}`), reply };
      await page.close();
    } catch (error) {
      out[path] = String(error);
    }
  }
  writeFileSync(process.env.DUMP_OUT ?? '/work/scratch/18b-dump.json', JSON.stringify(out, null, 1));
}, 600_000);
