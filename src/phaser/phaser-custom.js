/**
 * The game's own Phaser entry (issue 7): only the parts of Phaser 4.2.1 the game uses, from
 * Phaser's CommonJS sources, Canvas renderer only; with the stand-ins of src/phaser/stubs/ it is
 * ≈102 KiB gzip where the stock bundle is ≈349 KiB. `vite.config.ts` aliases `phaser` to this
 * file unless `FD_PHASER=full`, and scripts/phaserBuild.ts turns Phaser's `typeof FLAG` build
 * switches into literals.
 *
 * Phaser's type definitions still describe the whole library: a factory, plugin or namespace
 * left out here type-checks and then is `undefined` at run time. tests/unit/phaserCustom.test.ts
 * scans `scenes/` and `src/` for what they use (`.add.x(`, `.make.x(`, `this.load.x(`,
 * `this.tweens`, `input.keyboard`, `Phaser.X.Y` as a value, WebGL-only drawing) and fails
 * naming whatever this file does not provide: add the matching import below (the stock
 * `phaser/src/phaser.js` shows where each piece lives), or draw it another way.
 *
 * Importing a factory or plugin module registers it with Phaser (`GameObjectFactory.register`,
 * `PluginCache.register`), so those imports matter even where no value is kept.
 */
import CONST from 'phaser-src/const.js';
import Extend from 'phaser-src/utils/object/Extend.js';
import Game from 'phaser-src/core/Game.js';
import CoreEvents from 'phaser-src/core/events/index.js';
import Scene from 'phaser-src/scene/Scene.js';
import Scenes from 'phaser-src/scene/index.js';
import Scale from 'phaser-src/scale/index.js';
// Only the colour function the game uses, not the whole Phaser.Display.Color namespace.
import HexStringToColor from 'phaser-src/display/color/HexStringToColor.js';
import InputEvents from 'phaser-src/input/events/index.js';
import Pointer from 'phaser-src/input/Pointer.js';
import Clock from 'phaser-src/time/Clock.js';
import TimerEvent from 'phaser-src/time/TimerEvent.js';
import TimeEvents from 'phaser-src/time/events/index.js';
import TweenManager from 'phaser-src/tweens/TweenManager.js';
import TweenEvents from 'phaser-src/tweens/events/index.js';
import CameraManager from 'phaser-src/cameras/2d/CameraManager.js';
import Camera from 'phaser-src/cameras/2d/Camera.js';
import InputPlugin from 'phaser-src/input/InputPlugin.js';
import KeyboardPlugin from 'phaser-src/input/keyboard/KeyboardPlugin.js';
import DisplayList from 'phaser-src/gameobjects/DisplayList.js';
import UpdateList from 'phaser-src/gameobjects/UpdateList.js';
import GameObjectFactory from 'phaser-src/gameobjects/GameObjectFactory.js';
import GameObjectCreator from 'phaser-src/gameobjects/GameObjectCreator.js';
import GameObject from 'phaser-src/gameobjects/GameObject.js';
// The game objects' mixins, less PathFollower (see the stand-in).
import Components from './stubs/components.js';
import GameObjectEvents from 'phaser-src/gameobjects/events/index.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import Text from 'phaser-src/gameobjects/text/Text.js';
import Zone from 'phaser-src/gameobjects/zone/Zone.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/gameobjects/zone/ZoneFactory.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/events/EventEmitter.js';

const Phaser = Extend(
  false,
  {
    Cameras: { Scene2D: { Camera, CameraManager } },
    Core: { Events: CoreEvents },
    Display: { Color: { HexStringToColor } },
    Game,
    GameObjects: {
      Components,
      Container,
      DisplayList,
      Events: GameObjectEvents,
      Factories: {},
      GameObject,
      GameObjectCreator,
      GameObjectFactory,
      Graphics,
      Text,
      UpdateList,
      Zone,
    },
    Input: { Events: InputEvents, InputPlugin, Keyboard: { KeyboardPlugin }, Pointer },
    Scale,
    Scene,
    Scenes,
    Time: { Clock, Events: TimeEvents, TimerEvent },
    Tweens: { Events: TweenEvents, TweenManager },
  },
  CONST,
);

export default Phaser;
