/**
 * A status shown with colour and words together. Colours come from utils/shared/status-labels.ts as custom properties;
 * components/shared/record-components.css picks the light or dark pair.
 */
import type { InForce, Status } from '../../data/schema';
import { formatDate } from '../../utils/shared/format-date';
import { statusLabel } from '../../utils/shared/status-labels';

export interface StatusBadgeProps {
  status: Status;
  /** For `legislated`: how much is in force, shown in the label ("In law · not yet in force"). */
  inForce?: InForce;
  /** ISO date the status was last checked; printed as "as of 29 April 2026". */
  asOf?: string;
  /** Also print the one-sentence explanation of the status under the badge. */
  explain?: boolean;
}

export function StatusBadge({ status, inForce, asOf, explain = false }: StatusBadgeProps) {
  const { label, explanation, light, dark } = statusLabel(status, inForce);
  const colours = {
    '--crl-badge-bg-light': light.background,
    '--crl-badge-fg-light': light.text,
    '--crl-badge-border-light': light.border,
    '--crl-badge-bg-dark': dark.background,
    '--crl-badge-fg-dark': dark.text,
    '--crl-badge-border-dark': dark.border,
  };
  return (
    <span class="crl-status">
      <span class="crl-status-badge" data-status={status} data-in-force={inForce} style={colours} title={explanation}>
        <span class="crl-status-dot" aria-hidden="true" />
        <span class="crl-visually-hidden">Status: </span>
        {label}
      </span>
      {asOf && (
        <span class="crl-status-asof">
          {' '}
          as of <time dateTime={asOf}>{formatDate(asOf)}</time>
        </span>
      )}
      {explain && <span class="crl-status-explanation">{explanation}</span>}
    </span>
  );
}
