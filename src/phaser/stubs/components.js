// Stands in for Phaser's gameobjects/components/index.js in the trimmed build
// (scripts/phaserBuild.ts): the same components but PathFollower, which moves a game object
// along a path and which none of ours mixes in. Text, Graphics, Container and Zone require
// this index for their mixins. Phaser's sources require it, so it stays CommonJS.
/* eslint-disable @typescript-eslint/no-require-imports -- Phaser's CommonJS requires this index */
module.exports = {
  Alpha: require('../../../node_modules/phaser/src/gameobjects/components/Alpha.js'),
  AlphaSingle: require('../../../node_modules/phaser/src/gameobjects/components/AlphaSingle.js'),
  BlendMode: require('../../../node_modules/phaser/src/gameobjects/components/BlendMode.js'),
  ComputedSize: require('../../../node_modules/phaser/src/gameobjects/components/ComputedSize.js'),
  Crop: require('../../../node_modules/phaser/src/gameobjects/components/Crop.js'),
  Depth: require('../../../node_modules/phaser/src/gameobjects/components/Depth.js'),
  ElapseTimer: require('../../../node_modules/phaser/src/gameobjects/components/ElapseTimer.js'),
  FilterList: require('./FilterList.js'),
  Filters: require('../../../node_modules/phaser/src/gameobjects/components/Filters.js'),
  Flip: require('../../../node_modules/phaser/src/gameobjects/components/Flip.js'),
  GetBounds: require('../../../node_modules/phaser/src/gameobjects/components/GetBounds.js'),
  Lighting: require('../../../node_modules/phaser/src/gameobjects/components/Lighting.js'),
  Mask: require('../../../node_modules/phaser/src/gameobjects/components/Mask.js'),
  Origin: require('../../../node_modules/phaser/src/gameobjects/components/Origin.js'),
  RenderNodes: require('../../../node_modules/phaser/src/gameobjects/components/RenderNodes.js'),
  RenderSteps: require('../../../node_modules/phaser/src/gameobjects/components/RenderSteps.js'),
  ScrollFactor: require('../../../node_modules/phaser/src/gameobjects/components/ScrollFactor.js'),
  Size: require('../../../node_modules/phaser/src/gameobjects/components/Size.js'),
  StencilModifier: require('../../../node_modules/phaser/src/gameobjects/components/StencilModifier.js'),
  Texture: require('../../../node_modules/phaser/src/gameobjects/components/Texture.js'),
  TextureCrop: require('../../../node_modules/phaser/src/gameobjects/components/TextureCrop.js'),
  Tint: require('../../../node_modules/phaser/src/gameobjects/components/Tint.js'),
  ToJSON: require('../../../node_modules/phaser/src/gameobjects/components/ToJSON.js'),
  Transform: require('../../../node_modules/phaser/src/gameobjects/components/Transform.js'),
  TransformMatrix: require('../../../node_modules/phaser/src/gameobjects/components/TransformMatrix.js'),
  Visible: require('../../../node_modules/phaser/src/gameobjects/components/Visible.js'),
};
