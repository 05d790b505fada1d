import { defineBackground } from 'wxt/utils/define-background';
import { registerCommandRelay } from './command-relay';
import { registerDatasetLifecycle } from './dataset-lifecycle';
import { registerMessageRouter } from './message-router';
import { registerSiteAccess } from './site-access';

export default defineBackground({
  type: 'module',
  main() {
    // Handlers are registered at top level of main so they survive the service worker being stopped and restarted.
    registerCommandRelay();
    registerMessageRouter();
    registerDatasetLifecycle();
    registerSiteAccess();
  },
});
