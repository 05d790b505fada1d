import { describe, expect, it } from 'vitest';
import { isContentToFrameMessage, isFrameToContentMessage } from '../../../../../utils/shared/messages/card-frame';
import { frameNonce } from '../../../../../utils/extension/card-frame/frame-channel';

const show = {
  type: 'show',
  request: 3,
  recordIds: ['fn-3'],
  termKey: 'kinship allowance',
  since: '2023-03-14',
  theme: 'light',
  pinned: false,
  focus: false,
  maxWidth: 420,
  datasetVersion: '2026.12.1',
};

describe('card frame messages', () => {
  it('accepts well-formed messages each way', () => {
    expect(isContentToFrameMessage(show)).toBe(true);
    expect(isContentToFrameMessage({ type: 'placed', request: 3 })).toBe(true);
    expect(isContentToFrameMessage({ type: 'shown', request: 3 })).toBe(true);
    expect(isContentToFrameMessage({ type: 'shown', request: 'x' })).toBe(false);
    expect(isFrameToContentMessage({ type: 'size', request: 3, width: 420, height: 285 })).toBe(true);
    expect(isFrameToContentMessage({ type: 'close', restoreFocus: true })).toBe(true);
  });

  it('refuses anything else: wrong types, unknown kinds, a date that is not one, too many records', () => {
    expect(isContentToFrameMessage({ ...show, since: '<b>' })).toBe(false);
    expect(isContentToFrameMessage({ ...show, recordIds: 'fn-3' })).toBe(false);
    expect(isContentToFrameMessage({ ...show, recordIds: Array.from({ length: 50 }, () => 'x') })).toBe(false);
    expect(isContentToFrameMessage({ ...show, theme: 'blue' })).toBe(false);
    expect(isContentToFrameMessage({ type: 'note-op' })).toBe(false);
    expect(isFrameToContentMessage({ type: 'size', request: 3, width: -1, height: 2 })).toBe(false);
    expect(isFrameToContentMessage(JSON.stringify({ type: 'ready' }))).toBe(false);
  });

  it('reads the frame nonce from its address only when it looks like one', () => {
    expect(frameNonce('#abcdefghijklmnop_-12')).toBe('abcdefghijklmnop_-12');
    expect(frameNonce('#short')).toBeNull();
    expect(frameNonce('#/about')).toBeNull();
  });
});
