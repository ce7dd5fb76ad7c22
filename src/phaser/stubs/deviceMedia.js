// Stands in for Phaser's device/Audio.js and device/Video.js in the trimmed build
// (scripts/phaserBuild.ts): they probe which audio and video formats the browser plays, for
// Phaser's sound and video, which the game does not use (its sound is Howler's, src/audio). Every
// flag reads false, which is also what Phaser reports before probing.
module.exports = {
  flac: false,
  aac: false,
  audioData: false,
  dolby: false,
  m4a: false,
  mp3: false,
  ogg: false,
  opus: false,
  wav: false,
  webAudio: false,
  webm: false,
  h264: false,
  hls: false,
  mov: false,
  mp4: false,
  m4v: false,
  vp9: false,
  hasRequestVideoFrame: false,
  getVideoURL: () => null,
};
