/**
 * `npm run eval`: reads the labelled corpus (tests/fixtures/corpus/) with the real page pipeline in happy-dom and
 * prints precision and recall overall, per record and per term, then every error: each missed span and each
 * extra mark (saying when it is one of the corpus's known traps). The unit suite fails below 0.98 on either
 * (tests/unit/scripts/eval/corpus-eval.test.ts); this prints the detail.
 */
import { Window } from 'happy-dom';
import { evaluateCorpus, expectedRecords, precision, readCorpus, recall, type Tally } from './eval/corpus-eval';

function installDom(): void {
  const window = new Window({ url: 'https://news.example/' });
  const globals = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globals || key.startsWith('_')) continue;
    globals[key] = (window as unknown as Record<string, unknown>)[key];
  }
  for (const key of ['document', 'Node', 'NodeFilter', 'Element', 'Text', 'Range', 'ShadowRoot', 'window']) {
    globals[key] = key === 'window' ? window : (window as unknown as Record<string, unknown>)[key];
  }
}

const pct = (value: number) => value.toFixed(3);
const row = (name: string, tally: Tally) =>
  `${name.padEnd(58)} ${pct(precision(tally))}  ${pct(recall(tally))}  ` +
  `tp ${tally.truePositives}  fp ${tally.falsePositives}  fn ${tally.falseNegatives}`;

function printTallies(title: string, tallies: Map<string, Tally>, worstOnly: boolean): void {
  const score = (tally: Tally) => Math.min(precision(tally), recall(tally));
  const sorted = [...tallies].sort(([a, x], [b, y]) => score(x) - score(y) || (a < b ? -1 : 1));
  const shown = worstOnly ? sorted.filter(([, tally]) => score(tally) < 1) : sorted;
  console.log(`\n${title} (precision, recall)${worstOnly ? `: ${shown.length} below 1.000 of ${sorted.length}` : ''}`);
  for (const [name, tally] of shown) console.log(`  ${row(name, tally)}`);
}

async function main(): Promise<void> {
  installDom();
  const { passages, traps } = readCorpus();
  const all = process.argv.includes('--all');
  const report = evaluateCorpus(passages);
  const { overall } = report;
  console.log(`Corpus: ${passages.length} passages, ${overall.truePositives + overall.falseNegatives} expected marks`);
  console.log(`Overall: precision ${pct(precision(overall))}, recall ${pct(recall(overall))}`);
  console.log(`  ${row('all marks', overall)}`);
  printTallies('Per record', report.byRecord, !all);
  printTallies('Per term', report.byTerm, !all);
  console.log('\nErrors');
  let errors = 0;
  for (const result of report.results) {
    const { passage } = result;
    passage.expect.forEach((span, i) => {
      if (result.hits.has(i)) return;
      errors += 1;
      const got = result.found.find((found) => found.text === span.text);
      const why = got ? `marked as ${got.records.join(' + ')}` : 'not marked';
      console.log(`  MISSED ${passage.id}: “${span.text}” → ${expectedRecords(span).join(' + ')} (${why})`);
    });
    for (const i of result.extra) {
      errors += 1;
      const found = result.found[i]!;
      const trap = (traps[passage.id] ?? []).some((text) => text.replace(/\u00ad/g, '') === found.text);
      console.log(
        `  EXTRA  ${passage.id}: “${found.text}” → ${found.records.join(' + ')} (term “${found.term}”${trap ? ', a known trap' : ''})`,
      );
    }
  }
  if (errors === 0) console.log('  none');
  console.log('\n(`npm run eval -- --all` lists every record and term, not only those below 1.000.)');
}

void main();
