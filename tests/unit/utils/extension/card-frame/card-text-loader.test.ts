import { describe, expect, it, vi } from 'vitest';
import { CardTextError, createCardTextLoader } from '../../../../../utils/extension/card-frame/card-text-loader';

const card = { id: 'fn-3', title: 'Kinship allowance' };

describe('createCardTextLoader', () => {
  it('reads the packaged file once and answers later calls from memory', async () => {
    const fetchCardText = vi.fn(async () => ({ version: '2026.06.1', cards: [card] }));
    const loader = createCardTextLoader(fetchCardText, '2026.06.1');
    expect(loader.loaded()).toBeNull();
    const [first, second] = await Promise.all([loader.load(), loader.load()]);
    expect(first.get('fn-3')).toEqual(card);
    expect(second).toBe(first);
    expect(await loader.load()).toBe(first);
    expect(loader.loaded()).toBe(first);
    expect(fetchCardText).toHaveBeenCalledTimes(1);
  });

  it('refuses card text from another dataset version, naming both', async () => {
    const loader = createCardTextLoader(async () => ({ version: '2026.01.1', cards: [card] }), '2026.06.1');
    await expect(loader.load()).rejects.toThrow(/2026\.01\.1.*2026\.06\.1/);
    expect(loader.loaded()).toBeNull();
  });

  it('turns a failed read into a CardTextError and tries again next time', async () => {
    const fetchCardText = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce({ version: 'v', cards: [card] });
    const loader = createCardTextLoader(fetchCardText, 'v');
    await expect(loader.load()).rejects.toBeInstanceOf(CardTextError);
    expect((await loader.load()).size).toBe(1);
    expect(fetchCardText).toHaveBeenCalledTimes(2);
  });

  it('rejects a file without a cards array', async () => {
    const loader = createCardTextLoader(async () => ({ version: 'v' }), 'v');
    await expect(loader.load()).rejects.toThrow('Card text has no cards.');
  });
});
