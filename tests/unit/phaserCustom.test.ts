/**
 * The trimmed Phaser entry must provide everything the game uses: Phaser's types describe the
 * whole library, so a missing factory or plugin would type-check and then be `undefined` in the
 * browser. See scripts/phaserUsage.ts for what is scanned.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import {
  CUSTOM_ENTRY,
  PHASER_FLAGS,
  PHASER_PATCHES,
  PHASER_SRC,
  PHASER_STUBS,
} from '../../scripts/phaserBuild.ts';
import {
  gameFiles,
  missingIn,
  readEases,
  readEntry,
  readRegistry,
} from '../../scripts/phaserUsage.ts';

const root = new URL('../../', import.meta.url).pathname;
const registry = readRegistry(PHASER_SRC);
const entry = readEntry(readFileSync(CUSTOM_ENTRY, 'utf8'));
const eases = readEases(
  readFileSync(new URL('../../src/phaser/stubs/easeMap.js', import.meta.url), 'utf8'),
);
const options = {
  webgl: PHASER_FLAGS.WEBGL_RENDERER!,
  sound: PHASER_FLAGS.FEATURE_SOUND!,
  eases,
};
const check = (source: string) => missingIn('x.ts', source, entry, registry, options);
const head = "import Phaser from 'phaser';\n";

describe('the trimmed Phaser entry', () => {
  it('imports only Phaser modules that exist', () => {
    for (const module of entry.modules)
      expect(() => readFileSync(PHASER_SRC + module)).not.toThrow();
    expect(entry.modules.size).toBeGreaterThan(20);
  });

  it('provides every factory, plugin and namespace the game uses', () => {
    const files = gameFiles(root).filter((f) => !f.includes('/src/phaser/'));
    expect(files.length).toBeGreaterThan(30);
    const missing = files.flatMap((f) =>
      missingIn(relative(root, f), readFileSync(f, 'utf8'), entry, registry, options),
    );
    const said = missing.map((m) => `${m.file}: ${m.use} needs ${m.need}`);
    expect(said, 'add these to src/phaser/phaser-custom.js').toEqual([]);
  });

  it('stubs only modules that exist in Phaser, with stand-ins that exist', () => {
    for (const [module, stub] of Object.entries(PHASER_STUBS)) {
      expect(existsSync(PHASER_SRC + module), module).toBe(true);
      expect(existsSync(new URL(`../../src/phaser/stubs/${stub}`, import.meta.url)), stub).toBe(
        true,
      );
    }
  });

  it('edits Phaser only where its sources still read as expected', () => {
    for (const [module, edits] of Object.entries(PHASER_PATCHES))
      for (const [from] of edits) expect(readFileSync(PHASER_SRC + module, 'utf8')).toContain(from);
  });

  it('finds the registrations in Phaser 4 sources', () => {
    expect(registry.factories.get('text')).toBe('gameobjects/text/TextFactory.js');
    expect(registry.fileTypes.get('image')).toBe('loader/filetypes/ImageFile.js');
    expect(registry.scenePlugins.get('tweens')).toBe('tweens/TweenManager.js');
    expect(registry.inputPlugins.get('keyboard')).toBe('input/keyboard/KeyboardPlugin.js');
    expect(registry.constants.has('AUTO')).toBe(true);
  });
});

// The guard must fail when code uses what the entry leaves out.
describe('the scan flags what is missing', () => {
  it('a factory, a creator and a loader file type', () => {
    const found = check(
      head + 'this.add.rectangle(0, 0, 1, 1); this.make.image({}); this.load.image("a", "a.png");',
    );
    expect(found.map((m) => m.need)).toEqual([
      "import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js'",
      "import 'phaser-src/gameobjects/image/ImageCreator.js'",
      "import 'phaser-src/loader/LoaderPlugin.js'",
      "import 'phaser-src/loader/filetypes/ImageFile.js'",
    ]);
  });

  it('an unknown factory name', () => {
    expect(check(head + 'scene.add.sparkles(1);')[0]?.need).toBe(
      'a Phaser factory named "sparkles"',
    );
  });

  it('a scene or input plugin', () => {
    const needs = check(head + 'this.data.set("a", 1); this.input.gamepad?.once("x");').map(
      (m) => m.need,
    );
    expect(needs).toContain("import 'phaser-src/data/DataManagerPlugin.js'");
    expect(needs).toContain("import 'phaser-src/input/gamepad/GamepadPlugin.js'");
  });

  it('a namespace used as a value, but not as a type', () => {
    const found = check(
      head +
        'const a = Phaser.Geom.Rectangle.Contains; let p: Phaser.Input.Pointer; let q: Phaser.Physics.Arcade.Body;',
    );
    expect(found.map((m) => m.use)).toEqual(['Phaser.Geom.Rectangle.Contains']);
  });

  it('accepts what the entry has, including members of a whole module and constants', () => {
    expect(
      check(
        head +
          'class A extends Phaser.GameObjects.Container {}; Phaser.Scenes.Events.SHUTDOWN; Phaser.AUTO; this.tweens.add({}); this.add.text(0, 0, "a");',
      ),
    ).toEqual([]);
  });

  it('what the trimmed build stubs out', () => {
    const found = check(
      head +
        'this.cameras.main.fadeIn(200); this.anims.create({}); this.tweens.chain({}); ' +
        'this.textures.addAtlas("a", img, {}); this.input.keyboard?.createCombo("abc");',
    );
    expect(found.map((m) => m.use)).toEqual([
      'camera effects',
      'sprite animations',
      'texture atlases',
      'tween chains and staggers',
      'key combos',
    ]);
    expect(eases).toContain('Power0');
    expect(check(head + "this.tweens.add({ ease: 'Bounce.easeIn' });")[0]?.need).toBe(
      "'Bounce.easeIn' in src/phaser/stubs/easeMap.js",
    );
    expect(check(head + 'this.cameras.main.setViewport(0, 0, 1, 1); this.tweens.add({});')).toEqual(
      [],
    );
  });

  it('drawing the Canvas renderer ignores', () => {
    const found = check(head + 'g.fillGradientStyle(1, 1, 1, 1, 0, 0, 1, 1); t.setTint(0xff);');
    expect(found.map((m) => m.use)).toEqual(
      options.webgl
        ? []
        : ['fillGradientStyle (use verticalFade in scenes/views/draw.ts)', 'setTint / setTintFill'],
    );
  });
});
