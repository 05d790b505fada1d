import { defineBackground } from 'wxt/utils/define-background';
import { registerCommandRelay } from '../../utils/extension/background/command-relay';
import { registerDatasetLifecycle } from '../../utils/extension/background/dataset-lifecycle';
import { registerMessageRouter } from '../../utils/extension/background/message-router';
import { registerCardFrameRelay } from '../../utils/extension/background/card-frame-relay';
import { registerCardNotesService } from '../../utils/extension/background/card-notes-service';
import { registerSiteAccess } from '../../utils/extension/background/site-access';
import { registerWelcomeOnInstall } from '../../utils/extension/background/welcome-on-install';

export default defineBackground({
  type: 'module',
  main() {
    // Handlers are registered at top level of main so they survive the service worker being stopped and restarted.
    registerCommandRelay();
    registerMessageRouter();
    registerCardNotesService();
    registerCardFrameRelay();
    registerDatasetLifecycle();
    registerSiteAccess();
    registerWelcomeOnInstall();
  },
});
