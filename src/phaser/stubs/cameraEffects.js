// Stands in for Phaser's cameras/2d/effects/ in the trimmed build (scripts/phaserBuild.ts):
// every camera makes six effects (fade, flash, shake, pan, zoom, rotate) and ticks them each
// frame, but the game animates with tweens and never starts one (≈2 KiB gzip). These stay idle;
// starting one throws, and tests/unit/phaserCustom.test.ts refuses the calls that would.
function refuse() {
  throw new Error(
    'Phaser camera effects (fade, flash, shake, pan, zoom, rotateTo) are left out of the trimmed build (scripts/phaserBuild.ts)',
  );
}

function IdleEffect(camera) {
  this.camera = camera;
  this.isRunning = false;
  this.isComplete = false;
  this.progress = 0;
}
IdleEffect.prototype.start = refuse;
IdleEffect.prototype.preRender = function () {};
IdleEffect.prototype.update = function () {};
IdleEffect.prototype.reset = function () {};
IdleEffect.prototype.postRenderCanvas = function () {
  return false;
};
IdleEffect.prototype.destroy = function () {
  this.camera = null;
};

module.exports = {
  Fade: IdleEffect,
  Flash: IdleEffect,
  Pan: IdleEffect,
  Shake: IdleEffect,
  RotateTo: IdleEffect,
  Zoom: IdleEffect,
};
