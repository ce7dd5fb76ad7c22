// Stands in for Phaser's textures/parsers/index.js in the trimmed build
// (scripts/phaserBuild.ts): the game's textures are Phaser's own default images and the
// canvases its texts draw on, so only the Image and Canvas parsers are real; atlases, sprite
// sheets and compressed textures (≈3 KiB gzip of parsers) throw if ever asked for.
/* eslint-disable @typescript-eslint/no-require-imports -- Phaser's CommonJS requires this index */
const Canvas = require('../../../node_modules/phaser/src/textures/parsers/Canvas.js');
const Image = require('../../../node_modules/phaser/src/textures/parsers/Image.js');

function leftOut(name) {
  return function () {
    throw new Error(
      `Phaser's ${name} texture parser is left out of the trimmed build (scripts/phaserBuild.ts)`,
    );
  };
}

module.exports = {
  AtlasXML: leftOut('AtlasXML'),
  Canvas,
  Image,
  JSONArray: leftOut('JSONArray'),
  JSONHash: leftOut('JSONHash'),
  KTXParser: leftOut('KTX'),
  PCT: leftOut('PCT'),
  PCTDecode: leftOut('PCT'),
  PVRParser: leftOut('PVR'),
  SpriteSheet: leftOut('SpriteSheet'),
  SpriteSheetFromAtlas: leftOut('SpriteSheetFromAtlas'),
  UnityYAML: leftOut('UnityYAML'),
};
