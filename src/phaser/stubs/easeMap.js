// Stands in for Phaser's math/easing/EaseMap.js in the trimmed build (scripts/phaserBuild.ts):
// the real map requires every easing curve Phaser has (twelve families, each in, out and
// in-out); tweens look their `ease` up here. This map has Phaser's default (Power0, linear) and
// the curves the game's tweens name. Phaser falls back to linear for a name it cannot find, so
// tests/unit/phaserCustom.test.ts checks that every `ease: '…'` in the game is listed here.
/* eslint-disable @typescript-eslint/no-require-imports -- Phaser's CommonJS requires this map */
const Linear = require('../../../node_modules/phaser/src/math/easing/linear/Linear.js');
const BackOut = require('../../../node_modules/phaser/src/math/easing/back/Out.js');
const CubicOut = require('../../../node_modules/phaser/src/math/easing/cubic/Out.js');
const SineOut = require('../../../node_modules/phaser/src/math/easing/sine/Out.js');

module.exports = {
  Power0: Linear,
  Linear: Linear,
  'Back.easeOut': BackOut,
  'Cubic.easeOut': CubicOut,
  'Sine.easeOut': SineOut,
};
