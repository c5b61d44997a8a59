// Package sound is Tsumiki's audio engine: a deterministic mixer that renders sample-exact
// PCM from the runtime's tick clock, with the sound blocks' volume, pitch and pan, and the
// music extension's synthesised instruments and drums. It knows nothing of audio devices:
// the app hands the mixed samples to a speaker, and tests render ticks of sound offline.
//
// # Timing
//
// The mixer renders Rate stereo frames a second, FramesPerTick of them on every Tick. A sound
// started between two ticks starts on the first frame of the next one, so where it starts
// depends only on the tick, never on the wall clock. Voices sound in the order they started;
// nothing in the mixer depends on the time, goroutines or map order, so rendering the same
// calls twice gives the same samples.
//
// # Levels
//
// Voices are summed in float64 and every output sample is then clamped to [-1, 1]: too many
// loud sounds saturate instead of wrapping around. Volume is Scratch's 0 to 100, a linear
// gain of Volume/100. Pitch is Scratch's pitch effect: the playback rate is 2^(Pitch/120), so
// 10 is a semitone and 120 an octave, and a faster sound is shorter. Pan follows scratch-audio's
// PanEffect, p = (Pan+100)/200 with gains cos(p·π/2) on the left and sin(p·π/2) on the right,
// multiplied by √2 and clamped to 1 so that the centre keeps both channels at full level (as
// Scratch does, where pan 0 bypasses the effect) and a full pan silences the other side.
//
// # Effects, as in Scratch
//
// A sprite's sounds (PlayClip) follow its volume and effects while they play: SetParams
// changes them. Notes take the sprite's volume when they start, and drums its volume and
// effects when they start; later changes leave them as they are, because scratch3_music.js
// connects them to a chain of their own. A stopped voice fades out over the first
// 10 ms of the next tick, as scratch-audio fades a stopped sound, so that it does not click.
//
// # Music
//
// The music extension's 21 instruments and 18 drums are numbered as in Scratch. Scratch plays
// recordings; Tsumiki synthesises them: each instrument is a row of a table (partials with
// their own decay, attack and release, vibrato, tremolo, a little breath or hammer noise) and
// each drum a row of another (a pitched thump, band-passed noise, ringing metal partials,
// repeated hits). A note lasts exactly the frames asked for, with its release inside them, so
// it is silent from its last frame on. Drums play their whole sound.
//
// As in Scratch, at most MaxMusicVoices notes and drums sound at once, and a new one beyond
// that is not played. All voices together are capped at MaxVoices, again by not playing the
// new one; voices fading out after a stop are capped at MaxVoices too, by cutting the oldest.
package sound
