import { defineContentScript } from 'wxt/utils/define-content-script';
import { CURATED_SITE_PATTERNS } from '../../utils/shared/curated-sites';
import { startCareLens } from '../../utils/page/session/care-lens';
import '../../utils/shared/marks/highlights.css';

export default defineContentScript({
  matches: [...CURATED_SITE_PATTERNS],
  runAt: 'document_idle',
  // WXT's restart announcement goes by a DOM event only; its window.postMessage copy told every page our id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startCareLens(ctx);
  },
});
