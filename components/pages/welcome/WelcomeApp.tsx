/**
 * The page that opens once, when Care Review Lens is installed (and from the popup and the library later): what a
 * mark means, shown live; how to open a card by hover or keyboard, with the shortcuts the browser really has;
 * what the statuses mean; the privacy promise; how to switch sites on and off.
 */
import { useEffect } from 'preact/hooks';
import { CURATED_SITE_PATTERNS } from '../../../utils/shared/curated-sites';
import { DEFAULT_SETTINGS } from '../../../utils/shared/settings';
import { libraryPath } from '../../../utils/extension/library/library-route';
import { useDataset } from '../../../utils/extension/hooks/use-dataset';
import { useSettings } from '../../../utils/extension/hooks/use-settings';
import { StatusKey } from '../StatusKey';
import { MarkExample, EXAMPLE_RECORD_ID } from './MarkExample';
import { OpeningCards } from './OpeningCards';

export function WelcomeApp() {
  const { dataset, error } = useDataset();
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const example = dataset?.recordsById.get(EXAMPLE_RECORD_ID) ?? null;
  useEffect(() => {
    document.title = 'Welcome — Care Review Lens';
  }, []);

  return (
    <div class="lens-welcome" data-ready={dataset ? 'true' : 'false'}>
      <header class="lens-welcome-header">
        <h1>Welcome to Care Review Lens</h1>
        <p class="lens-welcome-lead">
          When a news article mentions a proposal of the 2022 Independent Review of Children’s Social Care, Care Review
          Lens marks the words. A card then tells you what the review asked for, what the government said, what has
          happened since, and where it stands now.
        </p>
      </header>
      <main class="lens-welcome-main">
        {error && (
          <p role="alert" class="lens-error">
            {error}
          </p>
        )}
        <section aria-labelledby="welcome-marks">
          <h2 id="welcome-marks">What a mark means</h2>
          <p>
            A mark says: <strong>the review proposed this</strong>. It is not a link, and the page itself is not
            changed. Only the review’s proposals are marked at first; background such as the review itself, the
            government’s strategy, the 2026 Act, people and funding totals is listed in the toolbar popup, and you can
            have it marked too, more lightly, in the <a href={libraryPath({ view: 'settings' }).slice(1)}>settings</a>.
            When a proposal comes up again in the same part of an article, its later mentions are marked more faintly,
            so the first one stands out; they still open the same card.
          </p>
          <MarkExample
            record={example}
            recordsById={dataset?.recordsById ?? new Map()}
            style={settings.highlightStyle}
          />
        </section>
        <OpeningCards hoverDelayMs={settings.hoverDelayMs} />
        <StatusKey headingId="welcome-statuses" headingLevel={2} />
        <section aria-labelledby="welcome-privacy" class="lens-privacy">
          <h2 id="welcome-privacy">Your privacy</h2>
          <ul>
            <li>
              <strong>No network, ever.</strong> Care Review Lens sends nothing anywhere: no analytics, no updates from
              a server. Everything it knows ships with it.
            </li>
            <li>
              <strong>Your notes stay on this computer.</strong> They are kept in the extension’s own storage in this
              browser. Web pages cannot see them, and cards only offer to open them here, in the extension’s own page.
            </li>
            <li>
              It reads the pages you visit on the sites where it runs only to find mentions, and keeps none of it.
            </li>
          </ul>
        </section>
        <SitesSection />
      </main>
      <footer class="lens-welcome-footer">
        <p>
          <a href={libraryPath({ view: 'records' }).slice(1)}>Open the library</a> to browse every recommendation, keep
          notes and export them. This page is always there from the popup (“How it works”) and from the library.
        </p>
      </footer>
    </div>
  );
}

function SitesSection() {
  return (
    <section aria-labelledby="welcome-sites">
      <h2 id="welcome-sites">Where it runs, and switching it on and off</h2>
      <ul>
        <li>
          It runs on {CURATED_SITE_PATTERNS.length} UK news and sector sites from the start: the BBC, the Guardian,
          Community Care, CYP Now, Schools Week and others (the full list is in the{' '}
          <a href={libraryPath({ view: 'settings' }).slice(1)}>settings</a>).
        </li>
        <li>
          <strong>Another site:</strong> open it, click the Care Review Lens button in the toolbar and switch on “Mark
          mentions on” that site. Your browser asks you first, for that one site.
        </li>
        <li>
          <strong>Not on a site:</strong> switch the same popup switch off, or choose “Not on this site” on any card.
        </li>
        <li>
          <strong>Everywhere at once:</strong> “Pause on all sites” in the popup stops all marking until you switch it
          back.
        </li>
      </ul>
      <p class="lens-muted">
        If the toolbar button is hidden, your browser keeps it in its extensions menu (the jigsaw piece); pin it to keep
        it in view.
      </p>
    </section>
  );
}
