// Stands in for Phaser's textures/DynamicTexture.js in the Canvas-only build
// (scripts/phaserBuild.ts): the real one draws through WebGL (DrawingContext) and the game
// makes none. The Texture Manager still requires it, for `addDynamicTexture` and type checks.
function DynamicTexture() {
  throw new Error(
    'Phaser dynamic textures need the WebGL renderer, which this build leaves out (scripts/phaserBuild.ts)',
  );
}
module.exports = DynamicTexture;
