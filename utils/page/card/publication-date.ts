/**
 * The article's publication date, from what news pages commonly declare: the Open Graph
 * `article:published_time`, a JSON-LD `datePublished`, or a `<time datetime>` in the article's header.
 * Returns the calendar date as written (YYYY-MM-DD), or null when the page does not say or says nonsense.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const EARLIEST_YEAR = 1990;
const MAX_JSON_LD_CHARS = 200_000;

export function findPublicationDate(doc: Document, today: Date = new Date()): string | null {
  const candidates = [
    ...metaDates(doc),
    ...jsonLdDates(doc),
    ...[...doc.querySelectorAll('article header time[datetime], time[itemprop="datePublished"][datetime]')].map(
      (time) => time.getAttribute('datetime'),
    ),
  ];
  for (const candidate of candidates) {
    const day = toIsoDay(candidate, today);
    if (day) return day;
  }
  return null;
}

function metaDates(doc: Document): (string | null)[] {
  const selector = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
  ].join(',');
  return [...doc.querySelectorAll(selector)].map((meta) => meta.getAttribute('content'));
}

function jsonLdDates(doc: Document): unknown[] {
  const found: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      collectDatePublished(JSON.parse(text), found, 0);
    } catch {
      // Broken JSON-LD is common on news sites; the other sources may still answer.
    }
  }
  return found;
}

function collectDatePublished(node: unknown, found: unknown[], depth: number): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectDatePublished(item, found, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  if ('datePublished' in record) found.push(record.datePublished);
  if ('@graph' in record) collectDatePublished(record['@graph'], found, depth + 1);
}

function toIsoDay(value: unknown, today: Date): string | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DAY.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const isRealDay = date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  // A day's slack for time zones ahead of the reader's.
  const isPlausible = Number(year) >= EARLIEST_YEAR && date.getTime() <= today.getTime() + 86_400_000;
  return isRealDay && isPlausible ? `${year}-${month}-${day}` : null;
}
