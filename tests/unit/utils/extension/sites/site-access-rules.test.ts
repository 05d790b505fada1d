import '../../../support/fake-browser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../utils/shared/settings';
import {
  isCoveredByPatterns,
  originPatternsFor,
  parseHostnameInput,
  settingsForSiteSwitch,
  siteState,
  webHostname,
} from '../../../../../utils/extension/sites/site-access-rules';

const builtIn = ['https://www.communitycare.co.uk/*', 'http://127.0.0.1/*'];
const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('webHostname', () => {
  it('reads http and https hostnames only', () => {
    expect(webHostname('https://www.communitycare.co.uk/2026/05/01/a')).toBe('www.communitycare.co.uk');
    expect(webHostname('http://127.0.0.1:4173/fixtures/a.html')).toBe('127.0.0.1');
    for (const url of [
      'chrome://extensions',
      'chrome-extension://abc/popup.html',
      'file:///tmp/a.html',
      '',
      'nonsense',
    ]) {
      expect(webHostname(url)).toBeNull();
    }
    expect(webHostname(null)).toBeNull();
  });
});

describe('siteState', () => {
  it('cannot run on browser pages', () => {
    expect(siteState('chrome://newtab/', settings(), builtIn)).toEqual({ kind: 'unsupported' });
    expect(siteState(undefined, settings(), builtIn)).toEqual({ kind: 'unsupported' });
  });

  it('is on for a built-in site unless the user turned it off', () => {
    const url = 'https://www.communitycare.co.uk/news';
    expect(siteState(url, settings(), builtIn)).toEqual({
      kind: 'built-in',
      hostname: 'www.communitycare.co.uk',
      on: true,
    });
    expect(siteState(url, settings({ disabledSites: ['www.communitycare.co.uk'] }), builtIn)).toMatchObject({
      on: false,
    });
  });

  it('matches built-in patterns whatever the port', () => {
    expect(isCoveredByPatterns('http://127.0.0.1:5173/fixtures/x.html', builtIn)).toBe(true);
    expect(isCoveredByPatterns('https://example.org/', builtIn)).toBe(false);
  });

  it('is off for another site until the user turns it on', () => {
    const url = 'https://news.example.org/story';
    expect(siteState(url, settings(), builtIn)).toEqual({ kind: 'optional', hostname: 'news.example.org', on: false });
    expect(siteState(url, settings({ enabledSites: ['news.example.org'] }), builtIn)).toMatchObject({ on: true });
    expect(
      siteState(url, settings({ enabledSites: ['news.example.org'], disabledSites: ['news.example.org'] }), builtIn),
    ).toMatchObject({ on: false });
  });
});

describe('settingsForSiteSwitch', () => {
  it('turns an optional site on and off', () => {
    const on = settingsForSiteSwitch(settings({ disabledSites: ['a.org'] }), 'a.org', true, 'optional');
    expect(on).toEqual({ enabledSites: ['a.org'], disabledSites: [] });
    const off = settingsForSiteSwitch(settings(on), 'a.org', false, 'optional');
    expect(off).toEqual({ enabledSites: [], disabledSites: ['a.org'] });
  });

  it('turns a built-in site off and back on without listing it as enabled', () => {
    const off = settingsForSiteSwitch(settings(), 'www.bbc.co.uk', false, 'built-in');
    expect(off).toEqual({ enabledSites: [], disabledSites: ['www.bbc.co.uk'] });
    expect(settingsForSiteSwitch(settings(off), 'www.bbc.co.uk', true, 'built-in')).toEqual({
      enabledSites: [],
      disabledSites: [],
    });
  });

  it('never lists a site twice', () => {
    const twice = settingsForSiteSwitch(settings({ enabledSites: ['a.org'] }), 'a.org', true, 'optional');
    expect(twice.enabledSites).toEqual(['a.org']);
  });
});

describe('originPatternsFor', () => {
  it('asks for both schemes of the one host', () => {
    expect(originPatternsFor('news.example.org')).toEqual(['https://news.example.org/*', 'http://news.example.org/*']);
  });
});

describe('parseHostnameInput', () => {
  it('accepts a bare hostname or a pasted address', () => {
    expect(parseHostnameInput('news.example.org')).toBe('news.example.org');
    expect(parseHostnameInput('  https://News.Example.org/2026/story?x=1 ')).toBe('news.example.org');
    expect(parseHostnameInput('http://localhost:8080/')).toBe('localhost');
  });

  it('refuses what is not a web address', () => {
    for (const value of ['', 'not a site', 'ftp://example.org', 'chrome://extensions', 'example']) {
      expect(parseHostnameInput(value)).toBeNull();
    }
  });
});
