/**
 * Fluent's Combobox keeps `aria-activedescendant` pointing at an option after it loses focus, when its listbox is
 * no longer rendered: a reference to nothing, which screen readers stumble on (axe: aria-valid-attr-value).
 * Clearing it once focus has left keeps the combobox valid; the next key press sets it again.
 */
import type { FocusEvent } from 'react';

/** The combobox input's blur handler that drops the stale reference. */
export function dropStaleDescendant(event: FocusEvent<HTMLInputElement>): void {
  const input = event.currentTarget;
  setTimeout(() => {
    const id = input.getAttribute('aria-activedescendant');
    if (id && !document.getElementById(id)) input.removeAttribute('aria-activedescendant');
  }, 0);
}
