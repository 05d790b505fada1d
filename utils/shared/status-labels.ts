/**
 * How each status in the dataset's closed vocabulary is shown to a reader: a human label, one sentence saying
 * what it means, and badge colours for light and dark themes. Colour is never the only signal: the label is always
 * printed next to it. Every pair below meets WCAG AA contrast (4.5:1) for small text.
 */
import type { Status } from '../../data/schema';

export interface StatusColours {
  background: string;
  text: string;
  border: string;
}

export interface StatusLabel {
  label: string;
  explanation: string;
  light: StatusColours;
  dark: StatusColours;
}

export const STATUS_LABELS: Readonly<Record<Status, StatusLabel>> = {
  legislated: {
    label: 'Legislated',
    explanation: 'Now in law: an Act of Parliament or regulations put it in place.',
    light: { background: '#dcf3e3', text: '#0b5a2a', border: '#2f8a4f' },
    dark: { background: '#123d24', text: '#b9ecc9', border: '#3fa866' },
  },
  'in-legislation': {
    label: 'In legislation',
    explanation: 'In a bill or draft regulations that are going through Parliament.',
    light: { background: '#e0effa', text: '#0b4a7a', border: '#2f78b4' },
    dark: { background: '#12324d', text: '#bfdcf5', border: '#4a91cc' },
  },
  implementing: {
    label: 'Being implemented',
    explanation: 'Government is putting it into practice nationally.',
    light: { background: '#e3f1f0', text: '#0c5350', border: '#2b8a84' },
    dark: { background: '#123a38', text: '#b6e6e2', border: '#3aa39c' },
  },
  piloting: {
    label: 'Piloting',
    explanation: 'Being tried in some areas first, before any wider roll-out.',
    light: { background: '#ece7f8', text: '#44297a', border: '#7653b8' },
    dark: { background: '#2c2149', text: '#d9ccf5', border: '#9274cf' },
  },
  consulting: {
    label: 'Consulting',
    explanation: 'Government is asking for views before deciding.',
    light: { background: '#fdf0d9', text: '#6b4200', border: '#b57a14' },
    dark: { background: '#3f2d0c', text: '#f6dca9', border: '#c99632' },
  },
  committed: {
    label: 'Committed',
    explanation: 'Government has said it will do this, but delivery has not started.',
    light: { background: '#e6eefc', text: '#23417a', border: '#4f6fb0' },
    dark: { background: '#1b2a48', text: '#c8d6f4', border: '#6d8bc8' },
  },
  partial: {
    label: 'Partly taken up',
    explanation: 'Some of what the review asked for is happening; some is not.',
    light: { background: '#f9ead9', text: '#6e3a06', border: '#b86e25' },
    dark: { background: '#40270f', text: '#f3d3b0', border: '#c98544' },
  },
  'not-mentioned': {
    label: 'Not mentioned',
    explanation: 'The government response did not mention it, and the sources show no later action.',
    light: { background: '#eceef0', text: '#363d45', border: '#7a838c' },
    dark: { background: '#2a2e33', text: '#d6dade', border: '#8a939c' },
  },
  rejected: {
    label: 'Rejected',
    explanation: 'Government has said it will not do this.',
    light: { background: '#fbe3e3', text: '#7d1616', border: '#c04040' },
    dark: { background: '#471a1a', text: '#f5c4c4', border: '#d25a5a' },
  },
};

export function statusLabel(status: Status): StatusLabel {
  return STATUS_LABELS[status];
}
