/**
 * The popup's switches: Care Review Lens on or off for the current site (asking the browser for access when the
 * site is not on the built-in list) and a pause for every site.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../../utils/shared/settings';
import { siteState } from '../../../utils/extension/sites/site-access-rules';
import { switchSiteOff, switchSiteOn } from '../../../utils/extension/sites/site-switch';
import { updateSettings } from '../../../utils/extension/update-settings';
import { PauseSwitch } from '../PauseSwitch';
import { errorMessage } from '../../../utils/extension/error-message';

export interface SiteControlsProps {
  pageUrl: string | null;
  tabId: number | null;
  settings: Settings;
  builtInPatterns: readonly string[];
  /** Called after the site was switched, so the popup can look at the page again. */
  onSiteSwitched(): void;
}

export function SiteControls({ pageUrl, tabId, settings, builtInPatterns, onSiteSwitched }: SiteControlsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const site = siteState(pageUrl, settings, builtInPatterns);

  const onSiteChange = (event: Event) => {
    if (site.kind === 'unsupported') return;
    const wantOn = (event.currentTarget as HTMLInputElement).checked;
    setProblem(null);
    // switchSiteOn asks for the permission synchronously, inside this user gesture.
    const done = wantOn
      ? switchSiteOn(site.hostname, site.kind, tabId)
      : switchSiteOff(site.hostname, site.kind).then(() => ({ ok: true as const }));
    void done.then((outcome) => {
      if (!outcome.ok) setProblem(outcome.message);
      onSiteSwitched();
    });
  };

  // Switched off by "Not on this site" (a card, or this switch on a built-in site): one click puts it back as it was.
  const undoable =
    site.kind !== 'unsupported' &&
    settings.disabledSites.includes(site.hostname) &&
    (site.kind === 'built-in' || settings.enabledSites.includes(site.hostname));
  const undo = () => {
    if (site.kind === 'unsupported') return;
    const hostname = site.hostname;
    void updateSettings({ disabledSites: settings.disabledSites.filter((entry) => entry !== hostname) }).then(
      onSiteSwitched,
      (error: unknown) => setProblem(errorMessage(error)),
    );
  };

  return (
    <section class="lens-site-controls" aria-label="Where Care Review Lens runs">
      {undoable && (
        <p class="lens-notice lens-site-off">
          Care Review Lens is off on <strong>{site.hostname}</strong>.{' '}
          <button type="button" class="lens-secondary-button" onClick={undo}>
            Undo
          </button>
        </p>
      )}
      {site.kind === 'unsupported' ? (
        <p class="lens-muted lens-small">{pageUrl ? 'No site switch here: this is not a web page.' : ''}</p>
      ) : (
        <>
          <label class="lens-switch">
            <input type="checkbox" role="switch" checked={site.on} onChange={onSiteChange} />
            <span>
              Mark mentions on <strong class="lens-hostname">{site.hostname}</strong>
            </span>
          </label>
          {site.kind === 'optional' && !site.on && (
            <p class="lens-muted lens-small">This site is not on the built-in list: switching on asks your browser.</p>
          )}
        </>
      )}
      <PauseSwitch paused={settings.paused} />
      {problem && (
        <p role="alert" class="lens-error">
          {problem}
        </p>
      )}
    </section>
  );
}
