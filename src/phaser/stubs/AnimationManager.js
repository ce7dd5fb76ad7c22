// Stands in for Phaser's animations/AnimationManager.js in the trimmed build
// (scripts/phaserBuild.ts): the game makes one for every Phaser.Game, but sprite-sheet
// animations need sprites, which the game does not draw (≈2.5 KiB gzip with its animation
// classes). Any use of it throws; tests/unit/phaserCustom.test.ts refuses `.anims` in the game.
const NO_ANIMS =
  'Phaser sprite animations are left out of the trimmed build (scripts/phaserBuild.ts)';

function AnimationManager(game) {
  this.game = game;
}
AnimationManager.prototype.destroy = function () {
  this.game = null;
};

module.exports = new Proxy(AnimationManager, {
  construct(target, args) {
    const manager = Reflect.construct(target, args);
    return new Proxy(manager, {
      get(object, key) {
        if (key in object || typeof key === 'symbol') return object[key];
        throw new Error(`${NO_ANIMS} (anims.${String(key)})`);
      },
    });
  },
});
