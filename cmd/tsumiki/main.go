//go:build !js

// Command tsumiki is the Tsumiki desktop app: the stage of a project in a window, with a green
// flag and a stop button, keyboard, mouse and touch going to the project, and "ask and wait"
// answered in a box on the stage. Dropping a .tsumiki file (or its folder) on the window opens
// it; F11 or the button at the top right switches to full screen, for showing in a room or a
// video call.
//
// Usage:
//
//	tsumiki [-lang en|ja|ja-Hira] [-fullscreen] [-size 960x760] [-player] [-projects DIR] [-lessons DIR] [project.tsumiki]
//
// With no project it opens the built-in default lesson. With -lessons (the facilitator mode)
// it watches that folder of lesson projects, opens the first one unless a file is given, and
// opens the lesson again within a second of each save of its file, keeping the last good
// version when a save is broken. A child's work is saved only in the projects folder.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"tsumiki/blocks"
	"tsumiki/examples/lesson"
)

func main() {
	if runSoundProbe() {
		return
	}
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	flags := flag.NewFlagSet("tsumiki", flag.ContinueOnError)
	flags.SetOutput(stderr)
	langTag := flags.String("lang", "en", "language of messages: en, ja or ja-Hira")
	full := flags.Bool("fullscreen", false, "start in full screen")
	size := flags.String("size", "", "window size in pixels, as 960x760 (default: fits the screen)")
	player := flags.Bool("player", false, "show the stage alone, without the block editor")
	projects := flags.String("projects", defaultProjectsDir(), "the projects folder, where work is saved and autosaved")
	lessons := flags.String("lessons", "", "facilitator mode: watch this folder of lessons and reopen the open one when it is saved")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	lang, ok := blocks.ParseLang(*langTag)
	if !ok {
		fmt.Fprintf(stderr, "tsumiki: unknown language %q (use en, ja or ja-Hira)\n", *langTag)
		return 2
	}
	if flags.NArg() > 1 {
		fmt.Fprintln(stderr, "tsumiki: give at most one project file")
		return 2
	}
	var w, h int
	if *size != "" {
		var err error
		if w, h, err = parseSize(*size); err != nil {
			fmt.Fprintf(stderr, "tsumiki: -size: %v\n", err)
			return 2
		}
	} else {
		w, h = windowSize(monitorSize())
	}

	app, err := NewApp(lang, !*player, *projects)
	if err != nil {
		fmt.Fprintf(stderr, "tsumiki: %v\n", err)
		return 1
	}
	ebiten.SetWindowTitle(windowTitle(""))
	soundErr := app.StartSound()
	file := flags.Arg(0)
	if *lessons != "" {
		if err := app.WatchLessons(*lessons); err != nil {
			fmt.Fprintf(stderr, "tsumiki: -lessons: %s\n", blocks.Localize(err, lang))
			return 2
		}
		if file == "" {
			file = firstLesson(*lessons)
		}
	}
	if app.lessons != nil && strings.HasSuffix(file, lesson.Ext) {
		app.openLessonFile(file)
	} else {
		app.Open(file)
	}
	if soundErr != nil {
		app.saySilent(soundErr)
	}
	app.offerRecovery()

	ebiten.SetWindowSize(w, h)
	ebiten.SetWindowSizeLimits(minWindowWidth, minWindowHeight, -1, -1)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetFullscreen(*full)
	if err := ebiten.RunGame(app); err != nil {
		fmt.Fprintf(stderr, "tsumiki: %v\n", err)
		return 1
	}
	return 0
}

// The smallest window: the bar's buttons and a stage of 240×180.
const minWindowWidth, minWindowHeight = 256, 260

// parseSize reads a window size such as "960x760".
func parseSize(s string) (w, h int, err error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	if !ok {
		return 0, 0, errors.New(`give the width and height as 960x760`)
	}
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if err1 != nil || err2 != nil {
		return 0, 0, errors.New(`give the width and height as 960x760`)
	}
	if w < minWindowWidth || h < minWindowHeight || w > 16384 || h > 16384 {
		return 0, 0, fmt.Errorf("the window must be between %dx%d and 16384x16384", minWindowWidth, minWindowHeight)
	}
	return w, h, nil
}

// monitorSize is the size of the monitor the window opens on, in logical pixels; 0, 0 when
// there is none to ask.
func monitorSize() (int, int) {
	if m := ebiten.Monitor(); m != nil {
		return m.Size()
	}
	return 0, 0
}
