// One stand-in for several Phaser modules the trimmed build leaves out (scripts/phaserBuild.ts
// lists them: tween chains and staggers, texture-frame tweens, key combos, the WebGL texture
// wrapper, layers). Phaser's core requires them but the game never makes one: using one throws, and
// `instanceof` against it is simply false.
function LeftOut() {
  throw new Error(
    'This Phaser feature is left out of the trimmed build: see PHASER_STUBS in scripts/phaserBuild.ts',
  );
}
module.exports = LeftOut;
