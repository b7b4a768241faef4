/** Test helper: render a Preact tree into a fresh container in happy-dom and flush effects. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Render `tree` into a new element in the document; returns the container. */
export function mount(tree: ComponentChild): HTMLElement {
  document.body.innerHTML = '';
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(tree, container));
  return container;
}

/** Run `fn` (a click, an input) and let Preact re-render. */
export function interact(fn: () => void): void {
  act(fn);
}

/** Texts of the elements matching `selector` under `root`. */
export const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');
