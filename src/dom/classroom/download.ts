/** Saves text as a file the browser downloads, made in the page (no request leaves it). */
import { h } from '../h.ts';

export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the object URL can go after a moment.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
