/**
 * The Content-Security-Policy of the built game, as a `<meta http-equiv>` tag added at build
 * time only (Vite's dev server injects inline scripts and styles for hot reload, which this
 * policy forbids). It allows nothing inline and nothing off the page's own origin:
 * - scripts and styles only from the page's own files;
 * - images from data: and blob: too (Phaser makes its built-in textures from data: URIs);
 * - media from data: and blob: too (small sounds are inlined as data: URIs; Howler decodes them);
 * - connect-src 'self': Howler fetches sound files with XHR;
 * - no plugins, no <base>, no form submission.
 * `frame-ancestors` is ignored in a meta tag, so it is left to the server; the single-file build
 * (scripts/singleFile.ts) has its own policy, with hashes for its one script and one style.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export type Directives = Readonly<Record<string, readonly string[]>>;

export const SERVED_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export function policyText(policy: Directives): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The CSP source for an inline element's exact text: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Matches the policy's meta tag, so the single-file build can swap in its own policy. */
export const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;

export function cspMeta(policy: Directives): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policyText(policy)}" />`;
}

/** Adds the policy right after `<meta charset>`, before anything it governs, in builds only. */
export function contentSecurityPolicy(policy: Directives = SERVED_POLICY): Plugin {
  return {
    name: 'fd-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset> first in <head>');
        return html.replace(charset, (tag) => `${tag}\n    ${cspMeta(policy)}`);
      },
    },
  };
}
