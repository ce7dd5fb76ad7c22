/**
 * The game's scripts and styles, asked for by the page itself (issue 7: time to the title).
 * index.html starts src/boot.ts, which picks the game or presenter mode and imports it; without
 * this, the browser learns of the game's chunks (Phaser among them) only once boot.ts has arrived
 * and run, one round trip after the page. `<link rel="modulepreload">` lets it fetch them
 * alongside boot.ts, as a page that imports Phaser directly would. They are fetched, not run:
 * presenter mode downloads them too but never starts the game. (The styles are left to Vite's
 * own loader: small, and fetched while the scripts still download.)
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The module whose chunks the page preloads. */
const GAME_ENTRY = /[\\/]src[\\/]main\.ts$/;

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
}

/** `file` and every chunk it imports statically, each once. */
function withImports(bundle: Record<string, { type: string }>, file: string): ChunkLike[] {
  const seen = new Map<string, ChunkLike>();
  const visit = (name: string) => {
    const chunk = bundle[name] as ChunkLike | undefined;
    if (chunk?.type !== 'chunk' || seen.has(name)) return;
    seen.set(name, chunk);
    chunk.imports.forEach(visit);
  };
  visit(file);
  return [...seen.values()];
}

export function preloadGame(): Plugin {
  return {
    name: 'fd-preload-game',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const entry = Object.values(bundle).find(
          (c): c is typeof c & ChunkLike =>
            c.type === 'chunk' && GAME_ENTRY.test((c as ChunkLike).facadeModuleId ?? ''),
        );
        // The single-file build has no separate game chunk: nothing to preload.
        if (entry === undefined) return [];
        const chunks = withImports(bundle, entry.fileName);
        // boot.ts's own imports are linked by Vite already.
        const fresh = chunks.filter((c) => !html.includes(c.fileName));
        return fresh.map((c): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${c.fileName}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
