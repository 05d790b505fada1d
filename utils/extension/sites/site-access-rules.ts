/**
 * Which sites Care Review Lens may run on, decided from the URL, the manifest's content script patterns and the
 * user's settings. Pure: the popup, the library's settings and the background all ask the same questions.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Settings } from '../../shared/settings';

export type SiteState =
  /** Not a web page (browser pages, the extension's own pages, files): nothing can run there. */
  | { kind: 'unsupported' }
  /** Covered by the manifest's content script: on unless the user turned it off. */
  | { kind: 'built-in'; hostname: string; on: boolean }
  /** Any other web site: on only after the user turned it on (and granted the host permission). */
  | { kind: 'optional'; hostname: string; on: boolean };

/** The hostname of an http(s) URL, or null for anything else. */
export function webHostname(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** The host permission patterns asked for when the user turns a site on (both schemes: news sites mix them). */
export function originPatternsFor(hostname: string): string[] {
  return [`https://${hostname}/*`, `http://${hostname}/*`];
}

export function isCoveredByPatterns(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    try {
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}

export function siteState(
  url: string | null | undefined,
  settings: Settings,
  builtInPatterns: readonly string[],
): SiteState {
  const hostname = webHostname(url);
  if (!url || !hostname) return { kind: 'unsupported' };
  const notTurnedOff = !settings.disabledSites.includes(hostname);
  if (isCoveredByPatterns(url, builtInPatterns)) return { kind: 'built-in', hostname, on: notTurnedOff };
  return { kind: 'optional', hostname, on: notTurnedOff && settings.enabledSites.includes(hostname) };
}

/** Settings after turning `hostname` on or off. Turning off is recorded for every site so open tabs stop at once. */
export function settingsForSiteSwitch(
  settings: Settings,
  hostname: string,
  on: boolean,
  kind: 'built-in' | 'optional',
): Pick<Settings, 'enabledSites' | 'disabledSites'> {
  const without = (list: string[]) => list.filter((site) => site !== hostname);
  if (on) {
    return {
      disabledSites: without(settings.disabledSites),
      enabledSites: kind === 'optional' ? [...without(settings.enabledSites), hostname] : settings.enabledSites,
    };
  }
  return {
    disabledSites: [...without(settings.disabledSites), hostname],
    enabledSites: without(settings.enabledSites),
  };
}

/** A hostname typed by the user ("news.example.org", "https://news.example.org/path"), or null if it is not one. */
export function parseHostnameInput(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
    const valid = /^([a-z0-9-]+\.)+[a-z0-9-]+$/.test(url.hostname) || url.hostname === 'localhost';
    return (url.protocol === 'https:' || url.protocol === 'http:') && valid ? url.hostname : null;
  } catch {
    return null;
  }
}
