/**
 * Every status and in-force state with its definition, in the data's own words (data/statuses.json), shown with
 * the badge readers meet on cards: the library's About page and the welcome page.
 */
import { IN_FORCE, STATUSES } from '../../utils/shared/vocabulary';
import { inForceLabel, statusLabel } from '../../utils/shared/status-labels';
import { StatusBadge } from '../shared/StatusBadge';

export function StatusKey({ headingId, headingLevel = 3 }: { headingId: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>What the statuses mean</Heading>
      <dl class="lens-status-key">
        {STATUSES.map((status) => (
          <div key={status}>
            <dt>
              <StatusBadge status={status} />
            </dt>
            <dd>{statusLabel(status).explanation}</dd>
          </div>
        ))}
      </dl>
      <p>A recommendation that is in law also says how much of it is in force:</p>
      <dl class="lens-status-key">
        {IN_FORCE.map((state) => (
          <div key={state}>
            <dt>
              <StatusBadge status="legislated" inForce={state} />
            </dt>
            <dd>{inForceLabel(state).explanation}</dd>
          </div>
        ))}
      </dl>
      <p>
        Background records (the review itself, the government’s strategies, the 2026 Act, and measures the review did
        not propose) have no status.
      </p>
    </section>
  );
}
