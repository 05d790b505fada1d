/**
 * How the last action went, in a live region: a notice when it was done, an alert when it failed (so a screen
 * reader interrupts only for a failure). The library's data and settings views each keep one.
 */
export type Outcome = { kind: 'done' | 'failed'; message: string } | null;

export function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  return (
    <div aria-live="polite">
      {outcome?.kind === 'done' && <p class="lens-notice">{outcome.message}</p>}
      {outcome?.kind === 'failed' && (
        <p role="alert" class="lens-error">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
