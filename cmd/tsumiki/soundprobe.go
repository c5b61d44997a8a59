//go:build !js

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/ebitengine/oto/v3"

	"tsumiki/stage/sound"
)

// probeEnv, set in the environment, makes the program try the sound device and exit.
const probeEnv = "TSUMIKI_PROBE_SOUND"

// probeSound tries the computer's sound device in a child process of this program. ebiten's
// audio opens the device once the game runs and ends the game if that fails, and a process
// can open it only once; so a child tries first, and the app plays silently when it fails.
func probeSound() error {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("finding this program to try the sound: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe)
	cmd.Env = append(os.Environ(), probeEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		if msg := lastLine(string(out)); msg != "" {
			return errors.New(msg)
		}
		return fmt.Errorf("trying the sound device: %w", err)
	}
	return nil
}

// lastLine returns the last line of s that is not empty.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// runSoundProbe is the child's side of probeSound: it opens the device, waits until it is
// ready, and exits 0, or prints why not and exits 1. It returns false when the program is not
// the child.
func runSoundProbe() bool {
	if os.Getenv(probeEnv) == "" {
		return false
	}
	ctx, ready, err := oto.NewContext(&oto.NewContextOptions{
		SampleRate: sound.Rate, ChannelCount: 2, Format: oto.FormatFloat32LE,
	})
	if err == nil {
		<-ready
		err = ctx.Err() // a device that fails to open says so here
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
	return true
}
