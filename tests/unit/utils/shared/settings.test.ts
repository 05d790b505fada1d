import { fakeBrowser } from '../../support/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isMarkingOnFor,
  normaliseSettings,
  settingsItem,
} from '../../../../utils/shared/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('marks proposals only, with repeats faded, until the reader chooses otherwise', () => {
    expect(DEFAULT_SETTINGS.markBackground).toBe(false);
    expect(DEFAULT_SETTINGS.fadeRepeats).toBe(true);
    expect(DEFAULT_SETTINGS.firstMentionOnly).toBe(false);
  });

  it('fills in the mark hierarchy for settings stored before it existed', async () => {
    const stored = { paused: true, disabledSites: ['a.example'], hoverDelayMs: 600, firstMentionOnly: true };
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      ...stored,
      markBackground: false,
      fadeRepeats: true,
    });
  });

  it('keeps the reader’s own choices, and only booleans count as choices', () => {
    expect(normaliseSettings({ markBackground: true, fadeRepeats: false })).toMatchObject({
      markBackground: true,
      fadeRepeats: false,
    });
    const odd = { markBackground: 'yes', fadeRepeats: 0 } as unknown as Parameters<typeof normaliseSettings>[0];
    expect(normaliseSettings(odd)).toMatchObject({ markBackground: false, fadeRepeats: true });
  });

  it('clamps the hover delay and drops repeated sites', () => {
    const settings = normaliseSettings({ hoverDelayMs: 5, enabledSites: ['a.example', 'a.example'] });
    expect(settings.hoverDelayMs).toBe(100);
    expect(settings.enabledSites).toEqual(['a.example']);
  });

  it('marks nowhere while paused, and not on a site switched off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['off.example'] });
    const settings = await getSettings();
    expect(isMarkingOnFor(settings, 'on.example')).toBe(true);
    expect(isMarkingOnFor(settings, 'off.example')).toBe(false);
    expect(isMarkingOnFor({ ...settings, paused: true }, 'on.example')).toBe(false);
  });
});
