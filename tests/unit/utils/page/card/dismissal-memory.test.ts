import { describe, expect, it } from 'vitest';
import { createDismissalMemory } from '../../../../../utils/page/card/dismissal-memory';

describe('dismissal memory', () => {
  it('keeps a card the reader closed from opening again while the pointer is still on its mention', () => {
    const memory = createDismissalMemory();
    expect(memory.entered(7)).toBe(true);
    memory.dismissed(7);
    expect(memory.entered(7)).toBe(false); // a late report for the same mention
    expect(memory.entered(7)).toBe(false);
  });

  it('lets it open again once the pointer has left the mention', () => {
    const memory = createDismissalMemory();
    memory.entered(7);
    memory.dismissed(7);
    memory.left();
    expect(memory.entered(7)).toBe(true);
  });

  it('does not hold back another mention, and forgets the dismissal when the pointer moves to it', () => {
    const memory = createDismissalMemory();
    memory.entered(7);
    memory.dismissed(7);
    expect(memory.entered(8)).toBe(true);
    expect(memory.entered(7)).toBe(true);
  });

  it('remembers nothing when the closed card was not under the pointer (keyboard, or the pointer elsewhere)', () => {
    const memory = createDismissalMemory();
    memory.entered(3);
    memory.dismissed(7);
    expect(memory.entered(3)).toBe(true);
    memory.dismissed(null);
    memory.left();
    memory.dismissed(7);
    expect(memory.entered(7)).toBe(true);
  });
});
