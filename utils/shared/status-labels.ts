/**
 * How each status in the dataset's closed vocabulary is shown to a reader: a label and a definition (both from the
 * data, data/statuses.json, so the card, popup, library and exports use the same words) and badge colours for light
 * and dark themes. A `legislated` record's label says how much of it is in force ("In law · not yet in force").
 * Colour is never the only signal: the label is always printed next to it. Every pair below meets WCAG AA contrast
 * (4.5:1) for small text.
 */
import type { InForce, Status } from '../../data/schema';
import statusDefinitions from '../../data/generated/statuses.json';

export interface StatusColours {
  background: string;
  text: string;
  border: string;
}

export interface StatusLabel {
  label: string;
  shortLabel: string;
  /** The status's definition, from the data. */
  explanation: string;
  light: StatusColours;
  dark: StatusColours;
}

const STATUS_COLOURS: Readonly<Record<Status, Pick<StatusLabel, 'light' | 'dark'>>> = {
  legislated: {
    light: { background: '#dcf3e3', text: '#0b5a2a', border: '#2f8a4f' },
    dark: { background: '#123d24', text: '#b9ecc9', border: '#3fa866' },
  },
  'in-legislation': {
    light: { background: '#e0effa', text: '#0b4a7a', border: '#2f78b4' },
    dark: { background: '#12324d', text: '#bfdcf5', border: '#4a91cc' },
  },
  implementing: {
    light: { background: '#e3f1f0', text: '#0c5350', border: '#2b8a84' },
    dark: { background: '#123a38', text: '#b6e6e2', border: '#3aa39c' },
  },
  piloting: {
    light: { background: '#ece7f8', text: '#44297a', border: '#7653b8' },
    dark: { background: '#2c2149', text: '#d9ccf5', border: '#9274cf' },
  },
  consulting: {
    light: { background: '#fdf0d9', text: '#6b4200', border: '#b57a14' },
    dark: { background: '#3f2d0c', text: '#f6dca9', border: '#c99632' },
  },
  committed: {
    light: { background: '#e6eefc', text: '#23417a', border: '#4f6fb0' },
    dark: { background: '#1b2a48', text: '#c8d6f4', border: '#6d8bc8' },
  },
  partial: {
    light: { background: '#f9ead9', text: '#6e3a06', border: '#b86e25' },
    dark: { background: '#40270f', text: '#f3d3b0', border: '#c98544' },
  },
  'not-mentioned': {
    light: { background: '#eceef0', text: '#363d45', border: '#7a838c' },
    dark: { background: '#2a2e33', text: '#d6dade', border: '#8a939c' },
  },
  rejected: {
    light: { background: '#fbe3e3', text: '#7d1616', border: '#c04040' },
    dark: { background: '#471a1a', text: '#f5c4c4', border: '#d25a5a' },
  },
};

const definitions = statusDefinitions as {
  statuses: { id: Status; label: string; shortLabel: string; definition: string }[];
  inForce: { id: InForce; label: string; definition: string }[];
};

export const STATUS_LABELS: Readonly<Record<Status, StatusLabel>> = Object.fromEntries(
  definitions.statuses.map((entry) => [
    entry.id,
    { label: entry.label, shortLabel: entry.shortLabel, explanation: entry.definition, ...STATUS_COLOURS[entry.id] },
  ]),
) as Record<Status, StatusLabel>;

/** "In law · partly in force" and its definition, for a `legislated` record. */
export function inForceLabel(inForce: InForce): { label: string; explanation: string } {
  const entry = definitions.inForce.find((candidate) => candidate.id === inForce)!;
  return { label: entry.label, explanation: entry.definition };
}

/** The label a reader sees for a status; `legislated` names its in-force state when it is known. */
export function statusLabel(status: Status, inForce?: InForce): StatusLabel {
  const base = STATUS_LABELS[status];
  if (status !== 'legislated' || !inForce) return base;
  const { label, explanation } = inForceLabel(inForce);
  return { ...base, label, explanation: `${base.explanation} ${explanation}` };
}

/** Status words for plain-text exports (CSV, Markdown): the same labels the cards show. */
export function statusText(status: Status | undefined, inForce?: InForce): string {
  return status ? statusLabel(status, inForce).label : 'Background (no status)';
}
