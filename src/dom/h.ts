/**
 * A tiny element builder for the text layer. Strings become text nodes (`textContent`), never
 * HTML, so content can never inject markup.
 */
type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;
type Child = Node | string | null | undefined | false;

/** `h('p', { class: 'x' }, 'words', child)`; `false`/`undefined` attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** A `<button type="button">` that runs `onPress` when activated. */
export function button(label: string, onPress: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const el = h('button', { type: 'button', ...attrs }, label);
  el.addEventListener('click', onPress);
  return el;
}

/** A link to a source, opened in a new tab without a handle on this page. */
export function externalLink(href: string, label: string): HTMLAnchorElement {
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label);
}
