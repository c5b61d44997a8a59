// Package sound is Tsumiki's audio engine: a deterministic mixer that renders sample-exact
// PCM from the runtime's tick clock, with the sound blocks' volume, pitch and pan, and the
// music extension's synthesised instruments and drums. It knows nothing of audio devices:
// the app hands the mixed samples to a speaker, and tests render ticks of sound offline.
package sound
