// Stands in for Phaser's gameobjects/tilesprite/TileSprite.js in the Canvas-only build
// (scripts/phaserBuild.ts). The Texture Manager makes one at start-up for DynamicTexture's
// `repeat`, which this build leaves out; the real one pulls in animation state (≈6 KiB gzip).
function TileSprite(scene) {
  this.scene = scene;
}
TileSprite.prototype.setOrigin = function () {
  return this;
};
TileSprite.prototype.destroy = function () {
  this.scene = null;
};
module.exports = TileSprite;
