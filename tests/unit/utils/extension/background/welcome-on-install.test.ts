import { fakeBrowser } from '../../../support/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerWelcomeOnInstall } from '../../../../../utils/extension/background/welcome-on-install';

describe('the welcome page on install', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens once when the extension is installed, never on an update or a browser update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 1 } as never);
    registerWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' as never, temporary: false });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/^chrome-extension:\/\/.+\/welcome\.html$/) });
  });
});
