/**
 * The generated news page the content-script benchmark reads: a long report on children's social care with
 * `paragraphs` paragraphs, about one in eight carrying a mention (one in forty split across inline elements),
 * plus the page-side probes: a long-task observer and a listener for the e2e build's scan reports.
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

function paragraph(index: number): string {
  if (index % 40 === 5) return SPLIT_MENTION;
  if (index % 8 === 3) return MENTIONS[(index >> 3) % MENTIONS.length]!;
  return PLAIN[index % PLAIN.length]!;
}

/** Marks the page should get: one per `MENTIONS` paragraph, two per split paragraph. */
export function expectedMarks(paragraphs: number): number {
  let marks = 0;
  for (let i = 0; i < paragraphs; i += 1) marks += i % 40 === 5 ? 2 : i % 8 === 3 ? 1 : 0;
  return marks;
}

const PROBES = `
<script>
  window.benchLongTasks = [];
  window.benchScans = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('care-lens:scan-settled', (event) => {
    window.benchScans.push({ at: performance.now(), report: JSON.parse(event.detail) });
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
${PROBES}
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
