// Stands in for Phaser's gameobjects/components/FilterList.js in the Canvas-only build
// (scripts/phaserBuild.ts): filters are drawn by the WebGL renderer only, and the real list
// pulls in every filter (≈5 KiB gzip). Cameras still make their two empty lists.
const NO_FILTERS =
  'Phaser filters need the WebGL renderer, which this build leaves out (scripts/phaserBuild.ts)';

function FilterList(camera) {
  this.camera = camera;
  this.list = [];
}
FilterList.prototype.clear = function () {
  this.list.length = 0;
  return this;
};
FilterList.prototype.remove = function () {
  return this;
};
FilterList.prototype.getActive = function () {
  return [];
};
FilterList.prototype.add = function () {
  throw new Error(NO_FILTERS);
};
FilterList.prototype.destroy = function () {
  this.clear();
  this.camera = null;
};
// addBlur, addGlow…: every `add<Filter>` of the real list, refused the same way.
module.exports = new Proxy(FilterList, {
  construct(target, args) {
    const list = new target(...args);
    return new Proxy(list, {
      get(object, key) {
        if (typeof key === 'string' && key.startsWith('add') && !(key in object))
          return FilterList.prototype.add;
        return object[key];
      },
    });
  },
});
