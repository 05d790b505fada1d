/**
 * The library's settings: pause, what gets marked (background items, faded repeats, first mention only), hover
 * delay, highlight style, and the sites Care Review Lens runs on. Every change is saved at once to extension storage, where open tabs pick it up.
 */
import { useState } from 'preact/hooks';
import { CURATED_SITE_PATTERNS } from '../../../utils/shared/curated-sites';
import { HOVER_DELAY_LIMITS, type HighlightStyle, type Settings } from '../../../utils/shared/settings';
import { updateSettings } from '../../../utils/extension/update-settings';
import { isCoveredByPatterns, parseHostnameInput } from '../../../utils/extension/sites/site-access-rules';
import { switchSiteOff, switchSiteOn, type SiteKind } from '../../../utils/extension/sites/site-switch';
import { PauseSwitch } from '../PauseSwitch';

export interface SettingsFormProps {
  settings: Settings;
  /** Match patterns of the manifest's content script (the curated list, plus test hosts in test builds). */
  builtInPatterns: readonly string[];
  titleId: string;
}

function siteKind(hostname: string, builtInPatterns: readonly string[]): SiteKind {
  const covered = ['https', 'http'].some((scheme) => isCoveredByPatterns(`${scheme}://${hostname}/`, builtInPatterns));
  return covered ? 'built-in' : 'optional';
}

function curatedHostnames(): string[] {
  return CURATED_SITE_PATTERNS.map((pattern) => pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, ''));
}

export function SettingsForm({ settings, builtInPatterns, titleId }: SettingsFormProps) {
  return (
    <section aria-labelledby={titleId} class="lens-settings">
      <h2 id={titleId}>Settings</h2>
      <p class="lens-muted">Changes are saved at once and reach open tabs straight away.</p>

      <MarkingSettings settings={settings} />

      <SiteSettings settings={settings} builtInPatterns={builtInPatterns} />
    </section>
  );
}

function SiteList(props: {
  title: string;
  empty: string;
  sites: readonly string[];
  action: string;
  onAction(hostname: string): void;
}) {
  return (
    <>
      <h4>{props.title}</h4>
      {props.sites.length === 0 ? (
        <p class="lens-muted">{props.empty}</p>
      ) : (
        <ul class="lens-site-list">
          {props.sites.map((hostname) => (
            <li key={hostname}>
              <span class="lens-hostname">{hostname}</span>{' '}
              <button type="button" class="lens-secondary-button" onClick={() => props.onAction(hostname)}>
                {props.action}
                <span class="crl-visually-hidden"> for {hostname}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Marking, highlight style and card timing. */
function MarkingSettings({ settings }: { settings: Settings }) {
  return (
    <>
      <fieldset class="lens-fieldset">
        <legend>Marking</legend>
        <PauseSwitch paused={settings.paused} />
        <MarkHierarchy settings={settings} />
      </fieldset>

      <fieldset class="lens-fieldset">
        <legend>Highlight style</legend>
        {(
          [
            ['underline', 'Underline', 'a dotted line under the words'],
            ['tint', 'Tint', 'a soft background colour behind the words'],
          ] as [HighlightStyle, string, string][]
        ).map(([style, label, hint]) => (
          <label class="lens-check" key={style}>
            <input
              type="radio"
              name="highlight-style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => void updateSettings({ highlightStyle: style })}
            />
            <span>
              {label} <span class="lens-muted">({hint})</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset class="lens-fieldset">
        <legend>Cards</legend>
        <label for="hover-delay" class="lens-label">
          Wait before a card opens on hover: <output for="hover-delay">{settings.hoverDelayMs} ms</output>
        </label>
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY_LIMITS.min}
          max={HOVER_DELAY_LIMITS.max}
          step={50}
          value={settings.hoverDelayMs}
          aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
          onInput={(event) => void updateSettings({ hoverDelayMs: Number(event.currentTarget.value) })}
        />
        <p class="lens-muted lens-small">
          From {HOVER_DELAY_LIMITS.min} to {HOVER_DELAY_LIMITS.max} ms. Keyboard focus and clicks open cards at once.
        </p>
      </fieldset>
    </>
  );
}

/** What gets marked: background items or not, repeats faded or not, or only each record's first mention. */
function MarkHierarchy({ settings }: { settings: Settings }) {
  return (
    <>
      <label class="lens-check">
        <input
          type="checkbox"
          checked={settings.markBackground}
          aria-describedby="mark-background-hint"
          onChange={(event) => void updateSettings({ markBackground: event.currentTarget.checked })}
        />
        <span>
          Mark background items (the review, the strategy, the Act, people, funding totals)
          <span id="mark-background-hint" class="lens-check-hint">
            More lightly than the review’s proposals. When this is off only proposals are marked, and the popup still
            lists the background items a page names.
          </span>
        </span>
      </label>
      <label class="lens-check">
        <input
          type="checkbox"
          checked={settings.fadeRepeats}
          disabled={settings.firstMentionOnly}
          aria-describedby="fade-repeats-hint"
          onChange={(event) => void updateSettings({ fadeRepeats: event.currentTarget.checked })}
        />
        <span>
          Fade repeated mentions after the first in each section
          <span id="fade-repeats-hint" class="lens-check-hint">
            {settings.firstMentionOnly
              ? 'Nothing to fade while only the first mention is marked (below).'
              : 'The first mention of a proposal in each part of an article is marked in full, later ones faintly.'}
          </span>
        </span>
      </label>
      <label class="lens-check">
        <input
          type="checkbox"
          checked={settings.firstMentionOnly}
          onChange={(event) => void updateSettings({ firstMentionOnly: event.currentTarget.checked })}
        />
        <span>Mark only the first mention of each recommendation on a page</span>
      </label>
    </>
  );
}

/** The sites Care Review Lens runs on: switched on, switched off, another one to add, and the built-in list. */
function SiteSettings({ settings, builtInPatterns }: Pick<SettingsFormProps, 'settings' | 'builtInPatterns'>) {
  const [siteInput, setSiteInput] = useState('');
  const [siteMessage, setSiteMessage] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);

  const addSite = (event: Event) => {
    event.preventDefault();
    const hostname = parseHostnameInput(siteInput);
    if (!hostname) {
      setSiteMessage({ kind: 'failed', text: `“${siteInput}” is not a web address. Type one like news.example.org.` });
      return;
    }
    // The permission prompt needs this very gesture: switchSiteOn asks before awaiting anything.
    void switchSiteOn(hostname, siteKind(hostname, builtInPatterns)).then((outcome) => {
      setSiteMessage(
        outcome.ok ? { kind: 'done', text: `Switched on for ${hostname}.` } : { kind: 'failed', text: outcome.message },
      );
      if (outcome.ok) setSiteInput('');
    });
  };

  const turnBackOn = (hostname: string) => {
    void switchSiteOn(hostname, siteKind(hostname, builtInPatterns)).then((outcome) => {
      setSiteMessage(
        outcome.ok ? { kind: 'done', text: `Switched on for ${hostname}.` } : { kind: 'failed', text: outcome.message },
      );
    });
  };

  const turnOff = (hostname: string) => {
    void switchSiteOff(hostname, siteKind(hostname, builtInPatterns)).then(() =>
      setSiteMessage({ kind: 'done', text: `Switched off for ${hostname}.` }),
    );
  };

  return (
    <section aria-labelledby="sites-heading">
      <h3 id="sites-heading">Sites</h3>
      <p>
        Care Review Lens runs on a built-in list of UK news and sector sites. Switch it on for any other site here or
        from the popup; your browser asks you to allow it.
      </p>
      <SiteList
        title="Sites you switched on"
        empty="None yet."
        sites={settings.enabledSites.filter((site) => !settings.disabledSites.includes(site))}
        action="Switch off"
        onAction={turnOff}
      />
      <SiteList
        title="Sites you switched off"
        empty="None."
        sites={settings.disabledSites}
        action="Switch back on"
        onAction={turnBackOn}
      />
      <form class="lens-add-site" onSubmit={addSite}>
        <div class="lens-field lens-field--grow">
          <label for="add-site">Switch on another site</label>
          <input
            id="add-site"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="news.example.org"
            value={siteInput}
            onInput={(event) => setSiteInput(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="lens-primary-button" disabled={siteInput.trim() === ''}>
          Switch on
        </button>
      </form>
      <div aria-live="polite">
        {siteMessage?.kind === 'done' && <p class="lens-notice">{siteMessage.text}</p>}
        {siteMessage?.kind === 'failed' && (
          <p role="alert" class="lens-error">
            {siteMessage.text}
          </p>
        )}
      </div>
      <details>
        <summary>The {CURATED_SITE_PATTERNS.length} built-in sites</summary>
        <ul class="lens-columns">
          {curatedHostnames().map((hostname) => (
            <li key={hostname}>{hostname}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
