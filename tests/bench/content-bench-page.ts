/**
 * The generated news page the content-script benchmark reads: a long report on children's social care with
 * `paragraphs` paragraphs, plus the page-side probes: a long-task observer, and a listener for the e2e build's
 * scan reports that also notes when the frame after each scan has been painted.
 *
 * Mention density is that of the real articles in ../shared/seeds: read paragraph by paragraph with the
 * project's matcher, 19 of their 43 paragraphs (44%) carry a mention, 27 mentions in all (0.63 a paragraph).
 * Here, of every 16 paragraphs, 4 carry one mention and 3 carry two (one of those split across inline
 * elements): 7 in 16 paragraphs (44%) with a mention, 10 mentions (0.63 a paragraph).
 */

const PLAIN = [
  'The committee heard from directors about budgets, staffing and the time cases spend waiting for court dates.',
  'Several witnesses described how placements far from home make it harder for children to keep their friends.',
  'A council officer said recruitment had improved slightly, though turnover in front-line teams stayed high.',
  'Members asked how quickly reforms could reach families who are already waiting for support this winter.',
  'The minister’s letter promised more detail in the spring, without committing to a date for legislation.',
  'Researchers presented new figures on how many children live with relatives without any formal order.',
  'Providers said costs had risen faster than fees, and some homes had closed beds in the past year.',
];

const MENTIONS = [
  'Social workers told members the kinship allowance would let grandparents keep caring without debt.',
  'Councils wanted to know when Regional Care Co-operatives would take over commissioning of placements.',
  'Teachers said virtual school heads’ role should extend to children in kinship care as well.',
  'Foster carers said a new deal for foster carers was overdue, as children in care kept moving.',
  'Several areas now run family help teams from schools and family hubs, the committee heard.',
  'The Independent Review of Children’s Social Care was quoted repeatedly by members and witnesses.',
];

const SPLIT_MENTION =
  'Witnesses said <em>Regional</em> Care Co-operatives and <a href="#note">virtual school heads</a>’ offices need more staff.';

const DOUBLE_MENTIONS = [
  'Directors said the kinship allowance and family help would both need money from the next spending review.',
  'A foster carer asked whether corporate parenting duties would reach the new secure schools this year.',
];

/** What paragraph `index % 16` holds. */
const CYCLE = 'pmppmpdpsmpmpdpp';
const MARKS_BY_KIND: Record<string, number> = { p: 0, m: 1, d: 2, s: 2 };

function paragraph(index: number): string {
  const kind = CYCLE[index % CYCLE.length]!;
  if (kind === 's') return SPLIT_MENTION;
  if (kind === 'd') return DOUBLE_MENTIONS[(index >> 4) % DOUBLE_MENTIONS.length]!;
  if (kind === 'm') return MENTIONS[(index >> 2) % MENTIONS.length]!;
  return PLAIN[index % PLAIN.length]!;
}

/** Marks the page should get. */
export function expectedMarks(paragraphs: number): number {
  let marks = 0;
  for (let i = 0; i < paragraphs; i += 1) marks += MARKS_BY_KIND[CYCLE[i % CYCLE.length]!]!;
  return marks;
}

export const BENCH_PROBES = `
<script>
  window.benchLongTasks = [];
  window.benchScans = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // After the frame that follows: a timer set in an animation-frame callback runs once that frame is painted.
  window.benchAfterNextPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  const painted = [];
  document.addEventListener('care-lens:scan-settled', (event) => {
    const scan = { at: performance.now(), paintedAt: NaN, report: JSON.parse(event.detail) };
    window.benchScans.push(scan);
    window.benchAfterNextPaint().then((at) => {
      scan.paintedAt = at;
      painted.splice(0).forEach((wake) => wake());
    });
  });
  // Resolves once \`count\` scans have settled and been painted: waiting this way adds no work to the page while
  // it is measured (polling each frame would).
  window.benchScansPainted = (count) =>
    new Promise(function check(resolve) {
      if (window.benchScans.filter((scan) => scan.paintedAt >= 0).length >= count) resolve(true);
      else painted.push(() => check(resolve));
    });
</script>`;

export function benchPageHtml(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i += 1) body.push(`<p>${paragraph(i)}</p>`);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Committee hearing on children’s social care reform (${paragraphs} paragraphs)</title>
<style>body { font: 16px/1.45 Georgia, serif; max-width: 44rem; margin: 2rem auto; }</style>
${BENCH_PROBES}
</head>
<body>
<header><nav><a href="#top">News</a> · <a href="#society">Society</a></nav></header>
<main><article>
<h1>Committee hears evidence on children’s social care reform</h1>
${body.join('\n')}
</article></main>
</body>
</html>`;
}
