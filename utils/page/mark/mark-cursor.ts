/**
 * The pointer shows `help` over a mark. A highlight cannot set the cursor, and the page's DOM and attributes must
 * stay as they are (a style attribute on the page's elements would be seen, and fought over, by its scripts), so
 * the rule lives in a constructed stylesheet adopted by the document: no element, no attribute, nothing in
 * `document.styleSheets`. It is adopted the first time the pointer is over a mark and then only switched on and
 * off; a page that replaces its adopted sheets gets it adopted again at the next mark.
 */

const HELP_RULE = ':root, :root * { cursor: help !important; }';

export interface MarkCursor {
  /** Whether the pointer is over a mark. */
  set(overMark: boolean): void;
  /** Takes the sheet out of the document (the content script is ending). */
  destroy(): void;
}

export function createMarkCursor(document: Document): MarkCursor {
  let sheet: CSSStyleSheet | null = null;
  let failed = false;

  function adopt(): CSSStyleSheet | null {
    if (failed) return null;
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(HELP_RULE);
      }
      if (!document.adoptedStyleSheets.includes(sheet)) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      return sheet;
    } catch {
      // A browser without constructed stylesheets for content scripts: the marks work without the cursor.
      failed = true;
      return null;
    }
  }

  return {
    set(overMark) {
      if (overMark) {
        const adopted = adopt();
        if (adopted) adopted.disabled = false;
      } else if (sheet) sheet.disabled = true;
    },
    destroy() {
      if (!sheet) return;
      try {
        sheet.disabled = true;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      } catch {
        // The page's document is going away.
      }
    },
  };
}
