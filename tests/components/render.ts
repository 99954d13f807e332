/** Tiny helpers to render Preact components into happy-dom and drive them like a user. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const root of mounted.splice(0)) {
    act(() => render(null, root));
    root.remove();
  }
});

/** Render into a fresh container attached to the document. */
export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  act(() => render(node, root));
  return root;
}

/** Let pending promises and effects settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('click: no element (check the selector)');
  act(() => (el as HTMLElement).click());
}

/** Type into an input or textarea: set the value, fire input (and change for selects). */
export function type(el: Element | null | undefined, value: string): void {
  if (!el) throw new Error('type: no element (check the selector)');
  const input = el as HTMLInputElement;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Press a key on an element. */
export function press(el: Element | null | undefined, key: string): void {
  if (!el) throw new Error('press: no element');
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

/** The button whose visible text or aria-label is `name` (exact). */
export function button(root: ParentNode, name: string): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const hit = all.find((b) => b.getAttribute('aria-label') === name || b.textContent?.trim() === name);
  if (!hit) throw new Error(`no button "${name}"; buttons: ${all.map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim()).join(' | ')}`);
  return hit;
}

/** The input labelled `name`: wrapped in a <label> whose text starts with it, or by aria-label. */
export function field(root: ParentNode, name: string): HTMLInputElement {
  const byAria = root.querySelector<HTMLInputElement>(`[aria-label="${name}"]`);
  if (byAria) return byAria;
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim().startsWith(name)) {
      const input = label.querySelector<HTMLInputElement>('input, select, textarea');
      if (input) return input;
    }
  }
  throw new Error(`no field labelled "${name}"`);
}
