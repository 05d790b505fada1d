import '../../../support/fake-browser';
import { describe, expect, it } from 'vitest';
import { pageMarking } from '../../../../../utils/page/session/content-messages';
import type { MarkingSession } from '../../../../../utils/page/session/marking-session';
import { DEFAULT_SETTINGS } from '../../../../../utils/shared/settings';

const session = (aboutCare: boolean, reading: boolean) =>
  ({ reading: () => ({ aboutCare, reading }) }) as unknown as MarkingSession;

describe('the content script’s account of marking, for the popup', () => {
  it('reports whether a marked page is about care and whether it is still being read', () => {
    expect(pageMarking({ session: session(true, false), settings: DEFAULT_SETTINGS })).toEqual({
      state: 'on',
      aboutCare: true,
      reading: false,
    });
    expect(pageMarking({ session: session(false, true), settings: DEFAULT_SETTINGS })).toEqual({
      state: 'on',
      aboutCare: false,
      reading: true,
    });
  });

  it('tells a pause from a site switched off', () => {
    expect(pageMarking({ session: null, settings: { ...DEFAULT_SETTINGS, paused: true } })).toEqual({
      state: 'paused',
    });
    expect(pageMarking({ session: null, settings: { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] } })).toEqual({
      state: 'off-on-site',
    });
  });

  it('says it is still reading before the settings have been read', () => {
    expect(pageMarking({ session: null, settings: null })).toEqual({ state: 'on', aboutCare: false, reading: true });
  });
});
