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
import { OutcomeMessage, type Outcome } from '../OutcomeMessage';
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
      <SettingCheck
        settings={settings}
        name="markBackground"
        label="Mark background items (the review, the strategy, the Act, people, funding totals)"
        hint="More lightly than the review’s proposals. When this is off only proposals are marked, and the popup still lists the background items a page names."
      />
      <SettingCheck
        settings={settings}
        name="fadeRepeats"
        label="Fade repeated mentions after the first in each section"
        hint={
          settings.firstMentionOnly
            ? 'Nothing to fade while only the first mention is marked (below).'
            : 'The first mention of a proposal in each part of an article is marked in full, later ones faintly.'
        }
        disabled={settings.firstMentionOnly}
      />
      <SettingCheck
        settings={settings}
        name="firstMentionOnly"
        label="Mark only the first mention of each recommendation on a page"
      />
    </>
  );
}

type OnOffSetting = 'markBackground' | 'fadeRepeats' | 'firstMentionOnly';

/** A checkbox that saves one on/off setting at once; its hint (id `fade-repeats-hint` for `fadeRepeats`) describes it. */
function SettingCheck(props: {
  settings: Settings;
  name: OnOffSetting;
  label: string;
  hint?: string;
  disabled?: boolean;
}) {
  const { settings, name, hint } = props;
  const hintId = hint ? `${name.replace(/[A-Z]/g, (capital) => `-${capital.toLowerCase()}`)}-hint` : undefined;
  const save = (checked: boolean) => {
    const change: Partial<Settings> = {};
    change[name] = checked;
    void updateSettings(change);
  };
  return (
    <label class="lens-check">
      <input
        type="checkbox"
        checked={settings[name]}
        disabled={props.disabled}
        aria-describedby={hintId}
        onChange={(event) => save(event.currentTarget.checked)}
      />
      <span>
        {props.label}
        {hint && (
          <span id={hintId} class="lens-check-hint">
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}

/** The sites Care Review Lens runs on: switched on, switched off, another one to add, and the built-in list. */
function SiteSettings({ settings, builtInPatterns }: Pick<SettingsFormProps, 'settings' | 'builtInPatterns'>) {
  const [siteInput, setSiteInput] = useState('');
  const [siteMessage, setSiteMessage] = useState<Outcome>(null);

  const addSite = (event: Event) => {
    event.preventDefault();
    const hostname = parseHostnameInput(siteInput);
    if (!hostname) {
      setSiteMessage({
        kind: 'failed',
        message: `“${siteInput}” is not a web address. Type one like news.example.org.`,
      });
      return;
    }
    void turnOn(hostname).then((ok) => {
      if (ok) setSiteInput('');
    });
  };

  /** Resolves true when the site was switched on; says how it went either way. */
  const turnOn = async (hostname: string): Promise<boolean> => {
    // The permission prompt needs the user's very gesture: switchSiteOn asks before awaiting anything.
    const outcome = await switchSiteOn(hostname, siteKind(hostname, builtInPatterns));
    setSiteMessage(
      outcome.ok
        ? { kind: 'done', message: `Switched on for ${hostname}.` }
        : { kind: 'failed', message: outcome.message },
    );
    return outcome.ok;
  };

  const turnOff = (hostname: string) => {
    void switchSiteOff(hostname, siteKind(hostname, builtInPatterns)).then(() =>
      setSiteMessage({ kind: 'done', message: `Switched off for ${hostname}.` }),
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
        onAction={(hostname) => void turnOn(hostname)}
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
      <OutcomeMessage outcome={siteMessage} />
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
