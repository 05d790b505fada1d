import { fakeBrowser } from '../../../support/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ENABLED_SITES_SCRIPT_ID,
  enabledSitesRegistration,
  hostnamesLosingAccess,
  syncEnabledSites,
} from '../../../../../utils/extension/background/site-access';
import { updateSettings } from '../../../../../utils/extension/update-settings';

const manifestScript = {
  matches: ['https://www.bbc.co.uk/*'],
  js: ['content-scripts/content.js'],
  css: ['content-scripts/content.css'],
  run_at: 'document_idle' as const,
};

describe('enabledSitesRegistration', () => {
  it('uses the manifest content script files for exactly the enabled sites, persisted', () => {
    expect(enabledSitesRegistration(['b.example.org', 'a.example.org', 'a.example.org'], manifestScript)).toEqual({
      id: ENABLED_SITES_SCRIPT_ID,
      matches: [
        'https://a.example.org/*',
        'http://a.example.org/*',
        'https://b.example.org/*',
        'http://b.example.org/*',
      ],
      js: ['content-scripts/content.js'],
      css: ['content-scripts/content.css'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
  });

  it('registers nothing when no site is enabled', () => {
    expect(enabledSitesRegistration([], manifestScript)).toBeNull();
  });
});

describe('hostnamesLosingAccess', () => {
  it('finds the sites whose permission the user removed', () => {
    expect(hostnamesLosingAccess(['a.org', 'b.org'], ['https://b.org/*'])).toEqual(['b.org']);
    expect(hostnamesLosingAccess(['a.org'], ['https://c.org/*'])).toEqual([]);
  });
});

describe('syncEnabledSites', () => {
  let registered: chrome.scripting.RegisteredContentScript[];

  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '1',
      content_scripts: [manifestScript],
    } as never);
    const scripting = fakeBrowser.scripting as unknown as typeof chrome.scripting;
    vi.spyOn(scripting, 'getRegisteredContentScripts').mockImplementation((async (filter?: { ids?: string[] }) =>
      registered.filter((script) => !filter?.ids || filter.ids.includes(script.id))) as never);
    vi.spyOn(scripting, 'registerContentScripts').mockImplementation((async (scripts: typeof registered) => {
      registered.push(...scripts);
    }) as never);
    vi.spyOn(scripting, 'updateContentScripts').mockImplementation((async (scripts: typeof registered) => {
      registered = registered.map((old) => scripts.find((s) => s.id === old.id) ?? old);
    }) as never);
    vi.spyOn(scripting, 'unregisterContentScripts').mockImplementation((async (filter?: { ids?: string[] }) => {
      registered = registered.filter((script) => !filter?.ids?.includes(script.id));
    }) as never);
  });

  it('registers, updates and unregisters as sites are turned on and off', async () => {
    await updateSettings({ enabledSites: ['a.org'] });
    await syncEnabledSites();
    expect(registered.map((s) => s.matches)).toEqual([['https://a.org/*', 'http://a.org/*']]);

    await updateSettings({ enabledSites: ['a.org', 'b.org'] });
    await syncEnabledSites();
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches).toContain('https://b.org/*');

    await updateSettings({ enabledSites: [] });
    await syncEnabledSites();
    expect(registered).toEqual([]);
  });
});
