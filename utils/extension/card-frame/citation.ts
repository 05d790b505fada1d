/**
 * "Copy with sources": a short citation of one record for journalists and researchers, in plain text and in
 * Markdown. It holds the title, the status with when it happened and when it was checked, the current position,
 * and the source links (primary sources first, as the record lists them). Public dataset text only.
 */
import type { CardRecord } from '../../../data/compiled-types';
import { formatDate } from '../../shared/format-date';
import { statusText } from '../../shared/status-labels';

export interface Citation {
  text: string;
  markdown: string;
}

export interface CitationContext {
  datasetVersion: string;
}

/** At most this many sources are cited; the rest are one click away in the card. */
const MAX_SOURCES = 5;

function statusSentence(record: CardRecord): string {
  if (!record.status) return 'Background: not a recommendation with a status.';
  const since = record.statusFrom
    ? `${record.status === 'legislated' ? 'Royal Assent' : 'since'} ${formatDate(record.statusFrom)}`
    : '';
  const checked = record.statusAsOf ? `checked ${formatDate(record.statusAsOf)}` : '';
  const dates = [since, checked].filter(Boolean).join('; ');
  return `Status: ${statusText(record.status, record.inForce)}${dates ? ` (${dates})` : ''}.`;
}

function position(record: CardRecord): string {
  return record.statusReason ?? record.ask;
}

/** Markdown text with link, image, emphasis and HTML syntax escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>&#!|])/g, '\\$1');
}

/** A URL safe inside Markdown's `<…>` link destination. */
function markdownUrl(url: string): string {
  return url.replace(/[<>\s]/g, (char) => encodeURIComponent(char));
}

export function citeRecord(record: CardRecord, context: CitationContext): Citation {
  const sources = record.sources.slice(0, MAX_SOURCES);
  const footer = `From Care Review Lens, dataset ${context.datasetVersion}.`;
  const text = [
    record.title,
    statusSentence(record),
    `Current position: ${position(record)}`,
    'Sources:',
    ...sources.map((source) => `- ${source.title} (${source.publisher}, ${formatDate(source.date)}): ${source.url}`),
    footer,
  ].join('\n');
  const markdown = [
    `**${escapeMarkdown(record.title)}**`,
    '',
    escapeMarkdown(statusSentence(record)),
    '',
    `Current position: ${escapeMarkdown(position(record))}`,
    '',
    'Sources:',
    '',
    ...sources.map(
      (source) =>
        `- [${escapeMarkdown(source.title)}](<${markdownUrl(source.url)}>) (${escapeMarkdown(source.publisher)}, ${formatDate(source.date)})`,
    ),
    '',
    `_${escapeMarkdown(footer)}_`,
  ].join('\n');
  return { text, markdown };
}
