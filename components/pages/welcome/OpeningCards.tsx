/**
 * How to open a card: hover, or the keyboard shortcuts the browser reports for this extension (the reader may
 * have changed them, or another extension may have taken them), and the popup's list.
 */
import { Fragment } from 'preact';
import { useMentionShortcuts } from '../../../utils/extension/hooks/use-mention-shortcuts';

function Keys({ keys }: { keys: string[] | null | undefined }) {
  if (keys === undefined) return <span class="lens-muted">…</span>;
  if (keys === null) return <span>no shortcut set yet (see below)</span>;
  return (
    <kbd class="lens-shortcut">
      {keys.map((key, index) => (
        <Fragment key={index}>
          {index > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

export function OpeningCards({ hoverDelayMs }: { hoverDelayMs: number }) {
  const shortcuts = useMentionShortcuts();
  const missing = shortcuts !== undefined && Object.values(shortcuts).some((keys) => keys === null);
  return (
    <section aria-labelledby="welcome-cards">
      <h2 id="welcome-cards">Opening a card</h2>
      <dl class="lens-welcome-ways">
        <div>
          <dt>With the pointer</dt>
          <dd>
            Rest it on a mark: the card opens after a moment ({hoverDelayMs} ms; you can change that in the settings)
            and stays while you move into it. Click a mark to keep its card open.
          </dd>
        </div>
        <div>
          <dt>With the keyboard</dt>
          <dd>
            <p data-testid="shortcut-next">
              <Keys keys={shortcuts?.next} /> goes to the next proposal on the page and opens its card;
            </p>
            <p data-testid="shortcut-previous">
              <Keys keys={shortcuts?.previous} /> goes to the previous one;
            </p>
            <p data-testid="shortcut-next-any">
              <Keys keys={shortcuts?.nextAny} /> and <Keys keys={shortcuts?.previousAny} /> do the same, stopping at
              background items too (the review itself, the strategy, the Act, people, funding totals), even when they
              are not marked;
            </p>
            <p>
              <kbd>Escape</kbd> closes the card.
            </p>
          </dd>
        </div>
        <div>
          <dt>From the toolbar</dt>
          <dd>
            The popup lists what the page mentions, the review’s proposals first. Choose one to go to it on the page.
          </dd>
        </div>
      </dl>
      <p class={missing ? 'lens-notice' : 'lens-muted'}>
        {missing ? 'A shortcut is missing, perhaps because another extension uses the same keys. ' : ''}
        To change the shortcuts, open <code>chrome://extensions/shortcuts</code> in Chrome, Edge or Chromium, or “Manage
        Extension Shortcuts” on Firefox’s add-ons page.
      </p>
    </section>
  );
}
