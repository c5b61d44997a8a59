package main

// In a browser the sound goes through Web Audio, which starts on the first click or key, as
// browsers require; there is no device to try first.

func probeSound() error { return nil }
