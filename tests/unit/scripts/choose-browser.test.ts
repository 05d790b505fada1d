// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chooseBrowser, describeChromiumBrowser, OTHER_CHROMIUM_BROWSERS } from '../../../scripts/choose-browser';

const EDGE_PATHS = [
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/opt/microsoft/msedge/msedge',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

describe('which Chromium-family browser npm start opens', () => {
  it.each(EDGE_PATHS)('knows %s as Microsoft Edge, which loads the unpacked extension', (path) => {
    expect(describeChromiumBrowser(path)).toEqual({ name: 'Microsoft Edge', loadsUnpackedFromCommandLine: true });
  });

  it.each([
    ['/usr/bin/chromium', 'Chromium', true],
    ['/snap/bin/chromium', 'Chromium', true],
    ['/usr/bin/brave-browser', 'Chromium', true],
    ['/usr/bin/google-chrome-stable', 'Google Chrome', false],
    ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome', false],
    ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'Google Chrome', false],
  ] as const)('knows %s as %s', (path, name, loads) => {
    expect(describeChromiumBrowser(path)).toEqual({ name, loadsUnpackedFromCommandLine: loads });
  });

  it('takes an Edge binary named in CHROMIUM_PATH over everything else', () => {
    const edge = '/opt/microsoft/msedge/msedge';
    expect(chooseBrowser({ requested: edge, exists: () => true })).toBe(edge);
  });

  it('stops with the path when CHROMIUM_PATH names no file', () => {
    expect(() => chooseBrowser({ requested: '/nowhere/msedge', exists: () => false })).toThrow(
      'CHROMIUM_PATH is set to /nowhere/msedge, but there is no file there.',
    );
  });

  it('finds Edge in a usual place when there is no Chromium, and prefers it to Google Chrome', () => {
    const installed = new Set(['/usr/bin/microsoft-edge-stable', '/usr/bin/google-chrome-stable']);
    expect(chooseBrowser({ requested: '', exists: (path) => installed.has(path) })).toBe(
      '/usr/bin/microsoft-edge-stable',
    );
    const edgeIndex = OTHER_CHROMIUM_BROWSERS.indexOf('/usr/bin/microsoft-edge-stable');
    expect(edgeIndex).toBeLessThan(OTHER_CHROMIUM_BROWSERS.indexOf('/usr/bin/google-chrome-stable'));
  });
});
