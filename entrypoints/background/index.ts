import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground({
  type: 'module',
  main() {
    // Handlers are registered at top level of main so they survive the service worker being stopped and restarted.
  },
});
