/**
 * User settings, kept in extension storage (`storage.local`) so every context — content scripts included — reads
 * the same values and hears changes at once. Nothing here is sensitive: notes live in the database instead.
 * Writing is left to the extension's origin (utils/extension/update-settings.ts), so page code cannot import it.
 */
import { storage } from 'wxt/utils/storage';

export type HighlightStyle = 'underline' | 'tint';

export interface Settings {
  /** Pause marking everywhere. */
  paused: boolean;
  /** Hostnames where the user turned marking off ("Not on this site"). */
  disabledSites: string[];
  /** Hostnames beyond the curated list that the user turned on (each granted an optional host permission). */
  enabledSites: string[];
  /** Delay before a card opens on hover, in milliseconds. */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  /** Mark only the first mention of each recommendation on a page. */
  firstMentionOnly: boolean;
  /**
   * Mark background items too (the review itself, the strategy, the Act, people, funding totals), more lightly than
   * the review's proposals. Off by default: a page's proposals are what a reader looks for, and background names
   * are most of its marks. The popup's "On this page" lists background either way.
   */
  markBackground: boolean;
  /** After the first mention of a record in a section of the article, mark its repeats more faintly. */
  fadeRepeats: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: [],
  enabledSites: [],
  hoverDelayMs: 400,
  highlightStyle: 'underline',
  firstMentionOnly: false,
  markBackground: false,
  fadeRepeats: true,
});

export const HOVER_DELAY_LIMITS = { min: 100, max: 2000 } as const;

/** The stored item. Only extension-origin code writes it (utils/extension/update-settings.ts): a content script asks
 * the background instead. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

/** Fills in fields missing from older stored values and clamps numbers to their allowed range. */
export function normaliseSettings(stored: Partial<Settings> | null | undefined): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
  const hoverDelayMs = Number.isFinite(merged.hoverDelayMs) ? merged.hoverDelayMs : DEFAULT_SETTINGS.hoverDelayMs;
  return {
    paused: merged.paused === true,
    disabledSites: Array.isArray(merged.disabledSites) ? [...new Set(merged.disabledSites)] : [],
    enabledSites: Array.isArray(merged.enabledSites) ? [...new Set(merged.enabledSites)] : [],
    hoverDelayMs: Math.min(Math.max(hoverDelayMs, HOVER_DELAY_LIMITS.min), HOVER_DELAY_LIMITS.max),
    highlightStyle: merged.highlightStyle === 'tint' ? 'tint' : 'underline',
    firstMentionOnly: merged.firstMentionOnly === true,
    markBackground: merged.markBackground === true,
    fadeRepeats: merged.fadeRepeats !== false,
  };
}

export async function getSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

/** Calls `listener` with the new settings whenever any context changes them. Returns an unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(normaliseSettings(value)));
}

/** Whether marking should run on `hostname` under `settings` (curated-or-enabled is decided by the manifest). */
export function isMarkingOnFor(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname);
}
