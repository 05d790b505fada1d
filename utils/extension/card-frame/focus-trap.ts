/** Keeps Tab and Shift+Tab cycling inside the pinned card (focus lives in its shadow root). */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const leavingBackwards = event.shiftKey && (active === first || active === container);
  const leavingForwards = !event.shiftKey && active === last;
  if (leavingBackwards) {
    event.preventDefault();
    last.focus();
  } else if (leavingForwards) {
    event.preventDefault();
    first.focus();
  }
}
