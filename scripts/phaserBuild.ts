/**
 * The trimmed Phaser build (issue 7). Phaser's npm entry is one webpack bundle that does not
 * tree-shake (≈345 KiB gzip whatever you import), so `phaser` is aliased to our own entry,
 * `src/phaser/phaser-custom.js`, which requires only the parts of Phaser's CommonJS sources the
 * game uses. Phaser's sources test build flags with `if (typeof WEBGL_RENDERER)`, which `define`
 * cannot replace (it would turn `typeof true` into "boolean", always truthy), so a small
 * transform rewrites each `typeof FLAG` to a literal. `FD_PHASER=full` keeps the stock bundle,
 * for comparison (`npm run bench` measures both).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';

export type PhaserBuild = 'custom' | 'full';

/** What `typeof FLAG` becomes in Phaser's sources: true keeps a feature, false drops it. */
export const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  // Canvas only: the game draws text and flat shapes, which Phaser's Canvas renderer draws as
  // well, and the WebGL renderer is ≈55 KiB gzip of the 250 KiB budget. Calls only WebGL draws
  // (gradients, tints, filters) are refused by tests/unit/phaserCustom.test.ts.
  WEBGL_RENDERER: false,
  CANVAS_RENDERER: true,
  // The game plays sound through Howler and boots Phaser with `audio: { noAudio: true }`.
  FEATURE_SOUND: false,
  WEBGL_DEBUG: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

export const CUSTOM_ENTRY = fileURLToPath(
  new URL('../src/phaser/phaser-custom.js', import.meta.url),
);
/** Phaser's own sources; `exports` in its package.json hides them from a bare deep import. */
export const PHASER_SRC = fileURLToPath(new URL('../node_modules/phaser/src/', import.meta.url));

/**
 * Phaser modules its core requires but the Canvas-only game never uses, replaced by small
 * stand-ins in src/phaser/stubs/ (each says why, and throws a clear error if used after all).
 */
export const PHASER_STUBS: Readonly<Record<string, string>> = {
  'gameobjects/components/FilterList.js': 'FilterList.js',
  'textures/DynamicTexture.js': 'DynamicTexture.js',
  'gameobjects/tilesprite/TileSprite.js': 'TileSprite.js',
  'math/index.js': 'math.js',
  // Idle camera effects, no sprite animations, no atlas parsers, no banner: the game uses none.
  'cameras/2d/effects/index.js': 'cameraEffects.js',
  'animations/AnimationManager.js': 'AnimationManager.js',
  'textures/parsers/index.js': 'textureParsers.js',
  'core/DebugHeader.js': 'DebugHeader.js',
  'gameobjects/components/index.js': 'components.js',
  'math/easing/EaseMap.js': 'easeMap.js',
  'device/Audio.js': 'deviceMedia.js',
  'device/Video.js': 'deviceMedia.js',
  'gameobjects/layer/Layer.js': 'leftOut.js',
  'tweens/tween/TweenChain.js': 'leftOut.js',
  'tweens/builders/TweenChainBuilder.js': 'leftOut.js',
  'tweens/builders/StaggerBuilder.js': 'leftOut.js',
  'tweens/tween/TweenFrameData.js': 'leftOut.js',
  'input/keyboard/combo/KeyCombo.js': 'leftOut.js',
  'renderer/webgl/wrappers/WebGLTextureWrapper.js': 'leftOut.js',
};
const STUBS_DIR = fileURLToPath(new URL('../src/phaser/stubs/', import.meta.url));

/** The stand-in for `source` required from `importer`, if Phaser's sources ask for a stubbed module. */
function stubFor(source: string, importer: string | undefined): string | null {
  if (importer === undefined || !source.startsWith('.') || !importer.startsWith(PHASER_SRC))
    return null;
  const path = resolve(dirname(importer), source).slice(PHASER_SRC.length);
  // `require('./effects')` names a folder's index.js, `require('./Camera')` a file.
  const candidates = path.endsWith('.js') ? [path] : [`${path}.js`, `${path}/index.js`];
  const stub = candidates.map((c) => PHASER_STUBS[c]).find((s) => s !== undefined);
  return stub === undefined ? null : STUBS_DIR + stub;
}

/**
 * Exact edits to Phaser's sources for the Canvas-only build. Device detection creates a WebGL
 * context just to see whether WebGL works (≈70 ms at start-up under software GL here); with no
 * WebGL renderer the answer is not needed. A build fails if an edit no longer applies.
 */
export const PHASER_PATCHES: Readonly<Record<string, readonly [string, string][]>> =
  PHASER_FLAGS.WEBGL_RENDERER === true
    ? {}
    : { 'device/Features.js': [['Features.webGL = testWebGL();', 'Features.webGL = false;']] };

function patch(code: string, id: string): string {
  const edits = id.startsWith(PHASER_SRC) ? PHASER_PATCHES[id.slice(PHASER_SRC.length)] : undefined;
  for (const [from, to] of edits ?? []) {
    if (!code.includes(from)) throw new Error(`Phaser's ${id} no longer contains "${from}"`);
    code = code.replace(from, to);
  }
  return code;
}

const FLAG = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

/** Rewrites Phaser's `typeof FLAG` build switches to literals, and swaps in the stubs. */
export function phaserFlags(): Plugin {
  return {
    name: 'fd-phaser-flags',
    enforce: 'pre',
    resolveId(source, importer) {
      return stubFor(source, importer);
    },
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/')) return null;
      const out = patch(code, id).replace(FLAG, (_, flag: string) => String(PHASER_FLAGS[flag]));
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Which Phaser a build uses: the trimmed one unless `FD_PHASER=full`. */
export function phaserBuild(env = process.env.FD_PHASER): PhaserBuild {
  if (env === undefined || env === '' || env === 'custom') return 'custom';
  if (env === 'full') return 'full';
  throw new Error(`FD_PHASER must be "custom" or "full", not "${env}"`);
}

/** The Vite settings that swap Phaser for the trimmed build (nothing for the full one). */
export function phaserConfig(build: PhaserBuild): UserConfig {
  if (build === 'full') return {};
  return {
    plugins: [phaserFlags()],
    // phaser-core.js and friends write `global.Phaser`.
    define: { global: 'globalThis' },
    // The dev server pre-bundles the entry and Phaser's CommonJS sources, flags replaced.
    optimizeDeps: {
      include: ['phaser'],
      rolldownOptions: {
        plugins: [phaserFlags()],
        transform: { define: { global: 'globalThis' } },
      },
    },
    resolve: {
      alias: [
        { find: /^phaser$/, replacement: CUSTOM_ENTRY },
        { find: /^phaser-src\//, replacement: PHASER_SRC },
      ],
    },
  };
}
