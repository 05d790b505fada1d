/**
 * A Vite plugin for the extension's bundles: Preact's one `innerHTML` assignment — the `dangerouslySetInnerHTML`
 * prop, which no component of this extension uses — becomes an error. A page's text can then never reach the DOM as
 * markup through Preact, and Mozilla's linter (`web-ext lint`, UNSAFE_VAR_ASSIGNMENT) has nothing to warn about.
 * The build fails if Preact's code no longer has exactly one such assignment, so an upgrade cannot slip past it.
 */
import type { Plugin } from 'vite';

/** Preact's minified `dom.innerHTML = newHtml.__html` (its only assignment of a value that is not a literal). */
const INNER_HTML_ASSIGNMENT = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g;
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs|js)$/;
const REFUSAL = '(()=>{throw new Error("Care Review Lens renders no dangerouslySetInnerHTML")})()';

export function withoutPreactInnerHtml(code: string): string {
  const found = code.match(INNER_HTML_ASSIGNMENT) ?? [];
  if (found.length !== 1) {
    throw new Error(
      `Expected one dangerouslySetInnerHTML assignment in Preact, found ${found.length}: ` +
        'Preact has changed; update scripts/build/preact-without-inner-html.ts.',
    );
  }
  return code.replace(INNER_HTML_ASSIGNMENT, REFUSAL);
}

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'care-lens:preact-without-inner-html',
    transform(code, id) {
      if (!PREACT_DIST.test(id.split('?')[0]!)) return null;
      return { code: withoutPreactInnerHtml(code), map: null };
    },
  };
}
