// Stands in for Phaser's math/index.js (the whole Phaser.Math namespace, ≈12 KiB gzip with
// matrices, quaternions and noise) where Phaser's core requires it: Config only makes the
// random generator `RND`, which GetAdvancedValue reads. Every other module requires the math
// functions it needs directly, and the game uses no Phaser.Math.
// Phaser's CommonJS sources require this module and assign `RND` on it, so it stays CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RandomDataGenerator = require('../../../node_modules/phaser/src/math/random-data-generator/RandomDataGenerator.js');

module.exports = { RandomDataGenerator, RND: null };
