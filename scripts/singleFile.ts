/**
 * The single-file build (`npm run build:single`): one HTML file a teacher can copy to a USB
 * stick and open offline with a double-click. Vite builds one chunk with every asset inlined as
 * a data: URI (vite.single.config.ts); this plugin then puts the script and the stylesheet inside
 * the page, refuses to finish if anything is still a separate file, and gives the page its own
 * Content-Security-Policy: a file:// page has no origin worth trusting, so instead of 'self' the
 * one script and the one style are allowed by their SHA-256 hashes, computed here, and everything
 * else only from data: and blob: URIs. Nothing may be fetched at all.
 */
import type { Plugin, Rolldown } from 'vite';
import { CSP_META, cspMeta, hashSource, type Directives } from './csp.ts';

export const SINGLE_FILE_NAME = 'founders-dilemma.html';

/** The single file's policy, for the hashes of its inline script and style. */
export function singleFilePolicy(
  scripts: readonly string[],
  styles: readonly string[],
): Directives {
  return {
    'default-src': ["'none'"],
    'script-src': scripts.map(hashSource),
    'style-src': styles.map(hashSource),
    // Phaser's built-in textures and the favicon are data: URIs.
    'img-src': ['data:', 'blob:'],
    // Howler decodes data: sounds itself (no request); an <audio> fallback would play them.
    'media-src': ['data:', 'blob:'],
    'connect-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

/**
 * Vite marks each dynamic import with `__VITE_PRELOAD__`, for the list of files to preload; with
 * code splitting off the imports are inlined, nothing is left to preload, and the marker is left
 * in place unreplaced (a ReferenceError when the import runs). No files: `void 0`.
 */
const PRELOAD_MARKER = /\b__VITE_PRELOAD__\b/g;

/** Script text that cannot end its <script> element early: `</script` only ever ends it. */
function scriptSafe(code: string): string {
  if (code.includes('<!--'))
    throw new Error('single file: "<!--" in the script would change how the page parses it');
  return code.replace(PRELOAD_MARKER, 'void 0').replace(/<\/script/gi, '<\\/script');
}

/** `./assets/x.js` in the page → the bundle's `assets/x.js`. */
const fileOf = (href: string) => href.replace(/^\.\//, '');

export function singleFile(): Plugin {
  return {
    name: 'fd-single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle: Rolldown.OutputBundle) {
      const page = bundle['index.html'] as Rolldown.OutputAsset | undefined;
      if (page === undefined) throw new Error('single file: no index.html in the bundle');
      let html = String(page.source);
      const scripts: string[] = [];
      const styles: string[] = [];
      const take = <T extends Rolldown.OutputChunk | Rolldown.OutputAsset>(href: string): T => {
        const item = bundle[fileOf(href)];
        if (item === undefined) throw new Error(`single file: ${href} is not in the bundle`);
        delete bundle[fileOf(href)];
        return item as T;
      };
      html = html.replace(
        /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
        (_, src: string) => {
          const code = scriptSafe(take<Rolldown.OutputChunk>(src).code);
          scripts.push(code);
          return `<script type="module">${code}</script>`;
        },
      );
      html = html.replace(
        /<link rel="stylesheet" crossorigin href="([^"]+)">/g,
        (_, href: string) => {
          const css = String(take<Rolldown.OutputAsset>(href).source).replace(
            /<\/style/gi,
            '<\\/style',
          );
          styles.push(css);
          return `<style>${css}</style>`;
        },
      );
      const left = Object.keys(bundle).filter((name) => name !== 'index.html');
      if (left.length > 0 || /\.\/assets\//.test(html))
        throw new Error(`single file: still separate files: ${left.join(', ') || 'in the page'}`);
      if (scripts.length !== 1) throw new Error(`single file: ${scripts.length} scripts, not one`);
      if (!CSP_META.test(html))
        throw new Error('single file: the page has no CSP meta tag to replace');
      html = html.replace(CSP_META, () => cspMeta(singleFilePolicy(scripts, styles)));
      delete bundle['index.html'];
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
    },
  };
}
