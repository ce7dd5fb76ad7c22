/** First scene: nothing to load (fonts are the system's, sounds load lazily), so it hands over. */
import Phaser from 'phaser';
import { SCENE } from './shared.ts';

export class BootScene extends Phaser.Scene {
  constructor(private readonly onReady: () => void) {
    super({ key: SCENE.boot });
  }

  create(): void {
    this.scene.stop();
    this.onReady();
  }
}
