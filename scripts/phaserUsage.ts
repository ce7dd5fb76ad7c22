/**
 * What the game's code asks of Phaser, against what the trimmed entry (src/phaser/phaser-custom.js)
 * provides. Phaser's type definitions describe the whole library, so a factory or plugin left out
 * of the entry type-checks and is then `undefined` at run time; this scan is the guard
 * (tests/unit/phaserCustom.test.ts). Node only: it reads files, never runs Phaser.
 *
 * It looks for, in every file that imports `phaser`:
 *  - `.add.<factory>(` and `.make.<creator>(`: the module that registers that factory;
 *  - `.load.<type>(`: the loader plugin and the file type's module;
 *  - `this.tweens`, `scene.time`, `.input.keyboard`…: the scene plugin (or input plugin) module;
 *  - `Phaser.A.B…` used as a value (types are erased): that path in the entry's Phaser object;
 *  - calls that only Phaser's WebGL renderer draws, when the entry is built without WebGL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Provided {
  /** Phaser source paths the entry imports, relative to phaser/src ("time/Clock.js"). */
  readonly modules: ReadonlySet<string>;
  /** Value paths of the entry's Phaser object: "Scenes", "Display.Color"… (leaves are modules). */
  readonly paths: ReadonlySet<string>;
  /** Paths whose value is a whole Phaser module: anything below them is there. */
  readonly leaves: ReadonlySet<string>;
}

/** Where each registered name lives in Phaser's sources. */
export interface Registry {
  /** `.add.<name>` → module. */
  readonly factories: ReadonlyMap<string, string>;
  /** `.make.<name>` → module. */
  readonly creators: ReadonlyMap<string, string>;
  /** `.load.<name>` → file type module (others are LoaderPlugin's own methods). */
  readonly fileTypes: ReadonlyMap<string, string>;
  /** Scene property (`tweens`, `time`…) → plugin module. */
  readonly scenePlugins: ReadonlyMap<string, string>;
  /** `input.<name>` (`keyboard`, `gamepad`) → input plugin module. */
  readonly inputPlugins: ReadonlyMap<string, string>;
  /** Top-level constants merged into Phaser (`AUTO`, `CANVAS`…). */
  readonly constants: ReadonlySet<string>;
}

/** One thing the code uses that the entry lacks, said so a person can act on it. */
export interface Missing {
  readonly file: string;
  readonly use: string;
  readonly need: string;
}

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Scans Phaser's sources for `X.register('name', …)` calls. */
export function readRegistry(phaserSrc: string): Registry {
  const factories = new Map<string, string>();
  const creators = new Map<string, string>();
  const fileTypes = new Map<string, string>();
  const scenePlugins = new Map<string, string>();
  const inputPlugins = new Map<string, string>();
  const patterns: [RegExp, Map<string, string>][] = [
    [/GameObjectFactory\.register\(\s*'(\w+)'/g, factories],
    [/GameObjectCreator\.register\(\s*'(\w+)'/g, creators],
    [/FileTypesManager\.register\(\s*'(\w+)'/g, fileTypes],
    [/\bPluginCache\.register\(\s*'\w+',\s*\w+,\s*'(\w+)'/g, scenePlugins],
    [/InputPluginCache\.register\(\s*'\w+',\s*\w+,\s*'(\w+)'/g, inputPlugins],
  ];
  for (const file of walk(phaserSrc, (f) => f.endsWith('.js'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('.register(')) continue;
    const rel = relative(phaserSrc, file).split('\\').join('/');
    for (const [re, into] of patterns)
      for (const m of text.matchAll(re)) if (!into.has(m[1]!)) into.set(m[1]!, rel);
  }
  const constText = readFileSync(join(phaserSrc, 'const.js'), 'utf8');
  const constants = new Set([...constText.matchAll(/^ {4}([A-Z_0-9]+):/gm)].map((m) => m[1]!));
  return { factories, creators, fileTypes, scenePlugins, inputPlugins, constants };
}

/** Reads the entry: which Phaser modules it imports and the shape of the object it exports. */
export function readEntry(source: string): Provided {
  const file = ts.createSourceFile('entry.js', source, ts.ScriptTarget.ES2022, true);
  const modules = new Set<string>();
  const bindings = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const spec = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!spec.startsWith('phaser-src/')) continue;
    modules.add(spec.slice('phaser-src/'.length));
    const name = statement.importClause?.name?.text;
    if (name !== undefined) bindings.add(name);
  }
  const paths = new Set<string>();
  const leaves = new Set<string>();
  const visit = (node: ts.ObjectLiteralExpression, prefix: string) => {
    for (const prop of node.properties) {
      let value: ts.Expression;
      if (ts.isPropertyAssignment(prop)) value = prop.initializer;
      else if (ts.isShorthandPropertyAssignment(prop)) value = prop.name;
      else continue;
      const key = prop.name.getText(file);
      const path = prefix === '' ? key : `${prefix}.${key}`;
      paths.add(path);
      if (ts.isObjectLiteralExpression(value)) visit(value, path);
      else if (ts.isIdentifier(value) && bindings.has(value.text)) leaves.add(path);
    }
  };
  const findPhaser = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText(file) === 'Phaser' &&
      node.initializer !== undefined
    ) {
      const init = node.initializer;
      const literal = ts.isCallExpression(init)
        ? init.arguments.find(ts.isObjectLiteralExpression)
        : ts.isObjectLiteralExpression(init)
          ? init
          : undefined;
      if (literal !== undefined) visit(literal, '');
    }
    ts.forEachChild(node, findPhaser);
  };
  findPhaser(file);
  return { modules, paths, leaves };
}

/** Calls Phaser's Canvas renderer ignores (they draw only under WebGL). */
const WEBGL_ONLY: readonly [RegExp, string][] = [
  [/\.fillGradientStyle\(/, 'fillGradientStyle (use verticalFade in scenes/views/draw.ts)'],
  [/\.lineGradientStyle\(/, 'lineGradientStyle'],
  [/\.setTint(Fill)?\(/, 'setTint / setTintFill'],
  [/\.(preFX|postFX)\b/, 'preFX / postFX'],
  [/\.enableFilters\(|\.filters\?*\.(internal|external)\b/, 'filters'],
  [/\.set(Post)?Pipeline\(/, 'pipelines'],
  [/\.add\.(shader|mesh|plane|pointlight)\(/, 'WebGL-only game objects'],
];

/** What the trimmed build stubs out (PHASER_STUBS in scripts/phaserBuild.ts): refused in the game. */
const STUBBED: readonly [RegExp, string][] = [
  [
    /\bcameras\.main\.(fade|fadeIn|fadeOut|fadeFrom|flash|shake|pan|zoomTo|rotateTo)\(|\b(fadeEffect|flashEffect|shakeEffect|panEffect|zoomEffect|rotateToEffect)\b/,
    'camera effects',
  ],
  [/\.anims\b/, 'sprite animations'],
  [
    /\btextures\.(addAtlas\w*|addSpriteSheet\w*|addUnityAtlas|addCompressedTexture)\(/,
    'texture atlases',
  ],
  [/\btweens\.(chain|stagger)\(|\bTweenChain\b/, 'tween chains and staggers'],
  [/\.createCombo\(/, 'key combos'],
];

/** The ease names the trimmed build's ease map has (src/phaser/stubs/easeMap.js). */
export function readEases(stubSource: string): Set<string> {
  const map = stubSource.slice(stubSource.indexOf('module.exports'));
  return new Set([...map.matchAll(/^\s*'?([\w.]+)'?:/gm)].map((m) => m[1]!));
}

/** Dotted runtime uses of `Phaser.…` in a TypeScript file (type positions are skipped). */
export function phaserValuePaths(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // The outermost `Phaser.A.B.c` access; its parent is not a longer access.
    if (ts.isPropertyAccessExpression(node) && !ts.isPropertyAccessExpression(node.parent)) {
      const parts: string[] = [];
      let e: ts.Expression = node;
      while (ts.isPropertyAccessExpression(e)) {
        parts.unshift(e.name.text);
        e = e.expression;
      }
      if (ts.isIdentifier(e) && e.text === 'Phaser') found.push(parts.join('.'));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Whether `Phaser.<path>` exists in the entry (a path below a whole module is trusted). */
function provides(entry: Provided, registry: Registry, path: string): boolean {
  const parts = path.split('.');
  if (parts.length === 1 && registry.constants.has(parts[0]!)) return true;
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('.');
    if (!entry.paths.has(prefix)) return false;
    if (entry.leaves.has(prefix)) return true;
  }
  return true;
}

/** Everything `source` (one file of the game) uses that the entry does not provide. */
export function missingIn(
  fileName: string,
  source: string,
  entry: Provided,
  registry: Registry,
  options: { webgl: boolean; sound: boolean; eases: ReadonlySet<string> },
): Missing[] {
  if (!/from ['"]phaser['"]/.test(source) && !/\bPhaser\./.test(source)) return [];
  const out: Missing[] = [];
  const needModule = (use: string, module: string | undefined, unknown: string) => {
    if (module === undefined) out.push({ file: fileName, use, need: unknown });
    else if (!entry.modules.has(module))
      out.push({ file: fileName, use, need: `import 'phaser-src/${module}'` });
  };
  for (const m of source.matchAll(/\.add\.(\w+)\(/g)) {
    if (m[1] === 'existing') continue; // GameObjectFactory's own method
    needModule(m[0], registry.factories.get(m[1]!), `a Phaser factory named "${m[1]}"`);
  }
  for (const m of source.matchAll(/\.make\.(\w+)\(/g))
    needModule(m[0], registry.creators.get(m[1]!), `a Phaser creator named "${m[1]}"`);
  for (const m of source.matchAll(/\.load\.(\w+)\(/g)) {
    needModule(m[0], registry.scenePlugins.get('load'), 'the loader plugin');
    const type = registry.fileTypes.get(m[1]!);
    if (type !== undefined) needModule(m[0], type, '');
  }
  for (const m of source.matchAll(/\b(?:this|scene|sys)\.(\w+)\b/g)) {
    const module = registry.scenePlugins.get(m[1]!);
    if (module !== undefined) needModule(m[0], module, '');
  }
  for (const m of source.matchAll(/\binput\??\.(\w+)\b/g)) {
    const module = registry.inputPlugins.get(m[1]!);
    if (module !== undefined) needModule(m[0], module, '');
  }
  for (const path of phaserValuePaths(source))
    if (!provides(entry, registry, path))
      out.push({ file: fileName, use: `Phaser.${path}`, need: `Phaser.${path} in the entry` });
  if (!options.sound && /\b(?:this|scene|game)\.sound\b/.test(source))
    out.push({
      file: fileName,
      use: 'Phaser sound',
      need: 'FEATURE_SOUND (or play it through src/audio)',
    });
  if (!options.webgl)
    for (const [re, what] of WEBGL_ONLY)
      if (re.test(source))
        out.push({ file: fileName, use: what, need: `a Canvas-renderer way to draw ${what}` });
  for (const m of source.matchAll(/\bease:\s*'([^']+)'/g))
    if (!options.eases.has(m[1]!))
      out.push({
        file: fileName,
        use: `ease '${m[1]}'`,
        need: `'${m[1]}' in src/phaser/stubs/easeMap.js`,
      });
  for (const [re, what] of STUBBED)
    if (re.test(source))
      out.push({
        file: fileName,
        use: what,
        need: `${what}, stubbed out in scripts/phaserBuild.ts`,
      });
  // One line per missing piece and file, however often the file uses it.
  return out.filter((m, i) => out.findIndex((o) => o.need === m.need) === i);
}

/** The game's TypeScript files that may use Phaser (scenes/, src/), minus the entry itself. */
export function gameFiles(root: string): string[] {
  return ['scenes', 'src'].flatMap((dir) =>
    walk(join(root, dir), (f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
  );
}
