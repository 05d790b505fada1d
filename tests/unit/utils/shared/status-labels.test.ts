import { describe, expect, it } from 'vitest';
import { STATUSES, THEMES } from '../../../../utils/shared/vocabulary';
import { STATUS_LABELS } from '../../../../utils/shared/status-labels';
import { THEME_LABELS } from '../../../../utils/shared/theme-labels';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('status labels', () => {
  it('has a distinct label and an explanation for every status', () => {
    const labels = STATUSES.map((status) => STATUS_LABELS[status].label);
    expect(new Set(labels).size).toBe(STATUSES.length);
    for (const status of STATUSES) expect(STATUS_LABELS[status].explanation).toMatch(/\.$/);
  });

  it.each(STATUSES)('%s badge text is readable (WCAG AA) in light and dark', (status) => {
    const { light, dark } = STATUS_LABELS[status];
    expect(contrast(light.text, light.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dark.text, dark.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('names every theme', () => {
    for (const theme of THEMES) expect(THEME_LABELS[theme].length).toBeGreaterThan(3);
  });
});
