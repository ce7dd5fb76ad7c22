// Stands in for Phaser's core/DebugHeader.js in the trimmed build (scripts/phaserBuild.ts): it
// prints Phaser's console banner, which the game turns off (`banner: false` in src/game.ts).
module.exports = function DebugHeader() {};
