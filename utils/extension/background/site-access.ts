/**
 * Sites the user switched on beyond the manifest's curated list. The popup asks for the host permission (it must,
 * inside the click); this module keeps one dynamically registered content script — the same files as the
 * manifest's — matching exactly the enabled sites, persisted across browser restarts, and drops a site when its
 * permission is taken away in the browser's settings.
 */
import { browser } from 'wxt/browser';
import { getSettings, watchSettings } from '../../shared/settings';
import { updateSettings } from '../update-settings';
import { originPatternsFor } from '../sites/site-access-rules';

export const ENABLED_SITES_SCRIPT_ID = 'care-lens-enabled-sites';

type ManifestContentScript = NonNullable<chrome.runtime.Manifest['content_scripts']>[number];
type Registration = chrome.scripting.RegisteredContentScript;

/** The registration for `hostnames`, copying files and timing from the manifest's content script; null when none. */
export function enabledSitesRegistration(
  hostnames: readonly string[],
  manifestScript: ManifestContentScript | undefined,
): Registration | null {
  if (hostnames.length === 0 || !manifestScript) return null;
  const registration: Registration = {
    id: ENABLED_SITES_SCRIPT_ID,
    matches: [...new Set(hostnames)].sort().flatMap(originPatternsFor),
    js: manifestScript.js ?? [],
    runAt: (manifestScript.run_at as Registration['runAt']) ?? 'document_idle',
    allFrames: manifestScript.all_frames ?? false,
    persistAcrossSessions: true,
  };
  if (manifestScript.css?.length) registration.css = manifestScript.css;
  return registration;
}

/** Hostnames whose patterns were among `removedOrigins` (the user revoked the site in the browser). */
export function hostnamesLosingAccess(enabledSites: readonly string[], removedOrigins: readonly string[]): string[] {
  return enabledSites.filter((hostname) =>
    originPatternsFor(hostname).some((origin) => removedOrigins.includes(origin)),
  );
}

async function applyRegistration(wanted: Registration | null): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ENABLED_SITES_SCRIPT_ID] });
  if (!wanted) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ENABLED_SITES_SCRIPT_ID] });
    return;
  }
  if (existing.length > 0) await browser.scripting.updateContentScripts([wanted]);
  else await browser.scripting.registerContentScripts([wanted]);
}

let queue: Promise<void> = Promise.resolve();

/** Brings the registration in line with the stored settings; calls run one after another, never interleaved. */
export function syncEnabledSites(): Promise<void> {
  queue = queue
    .catch(() => undefined)
    .then(async () => {
      const { enabledSites } = await getSettings();
      const manifestScript = browser.runtime.getManifest().content_scripts?.[0];
      await applyRegistration(enabledSitesRegistration(enabledSites, manifestScript));
    });
  return queue;
}

export function registerSiteAccess(): void {
  watchSettings(() => {
    syncEnabledSites().catch((error: unknown) =>
      console.error('Care Review Lens: could not update enabled sites', error),
    );
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    void getSettings().then(async (settings) => {
      const lost = hostnamesLosingAccess(settings.enabledSites, origins);
      if (lost.length > 0)
        await updateSettings({ enabledSites: settings.enabledSites.filter((h) => !lost.includes(h)) });
    });
  });
  syncEnabledSites().catch((error: unknown) =>
    console.error('Care Review Lens: could not restore enabled sites', error),
  );
}
