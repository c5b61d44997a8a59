// Command tsumiki-run runs a Tsumiki project headless: no window, no speakers. It prints a
// trace of what the project did (speech, broadcasts, sounds, notes, errors) as one JSON object
// a line, then the final state as JSON. With -wav it also mixes the project's sound, tick by
// tick as the app does, and writes it to a WAV file: the same run always writes the same bytes.
//
// Usage:
//
//	tsumiki-run [-seed N] [-ticks N] [-inputs events.json] [-wav out.wav] [-lua] [-lang en|ja|ja-Hira] [project.tsumiki]
//
// With no project it runs the built-in default lesson.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"tsumiki/blocks"
	"tsumiki/examples"
	"tsumiki/runtime"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("tsumiki-run", flag.ContinueOnError)
	flags.SetOutput(stderr)
	seed := flags.Uint64("seed", 0, "seed for pick random")
	ticks := flags.Int64("ticks", 30*60, "run at most this many ticks (30 a second by default)")
	inputs := flags.String("inputs", "", "a JSON file of input events to replay")
	showLua := flags.Bool("lua", false, "print the compiled Lua instead of running")
	wavFile := flags.String("wav", "", "write the run's sound to this WAV file")
	langTag := flags.String("lang", "en", "language of messages: en, ja or ja-Hira")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	lang, ok := blocks.ParseLang(*langTag)
	if !ok {
		fmt.Fprintf(stderr, "tsumiki-run: unknown language %q (use en, ja or ja-Hira)\n", *langTag)
		return 2
	}
	fail := func(what string, err error) int {
		fmt.Fprintf(stderr, "tsumiki-run: %s: %s\n", what, blocks.Localize(err, lang))
		return 1
	}

	name, data, files, err := open(flags.Arg(0))
	if err != nil {
		return fail(name, err)
	}
	proj, err := blocks.Parse(data)
	if err != nil {
		return fail(name, err)
	}
	var events []runtime.Input
	if *inputs != "" {
		f, err := os.Open(*inputs)
		if err != nil {
			return fail(*inputs, err)
		}
		events, err = runtime.ReadInputs(f)
		f.Close()
		if err != nil {
			return fail(*inputs, err)
		}
	}

	if *showLua {
		rt, err := runtime.New(proj, runtime.Options{Assets: assetsFor(files)})
		if err != nil {
			return fail(name, err)
		}
		defer rt.Close()
		fmt.Fprint(stdout, rt.Program().Source)
		return 0
	}
	h := runtime.Headless{
		Options:  runtime.Options{Seed: *seed, Assets: assetsFor(files)},
		Inputs:   events,
		MaxTicks: *ticks,
	}
	var rec wavRecorder
	if *wavFile != "" {
		h.Sound = rec.Add
	}
	if err := runtime.RunHeadless(proj, h, stdout); err != nil {
		return fail(name, err)
	}
	if *wavFile != "" {
		if err := writeWAV(*wavFile, &rec); err != nil {
			return fail(*wavFile, err)
		}
	}
	return 0
}

// writeWAV writes the recorded sound to the file name.
func writeWAV(name string, rec *wavRecorder) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := rec.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// open reads the project file, or the default lesson when path is empty, and returns the
// folder its media files are read from.
func open(path string) (name string, data []byte, files fs.FS, err error) {
	if path == "" {
		data, err = fs.ReadFile(examples.Files, examples.Default)
		return examples.Default, data, examples.Files, err
	}
	info, err := os.Stat(path)
	if err != nil {
		return path, nil, nil, errors.New("the project file is not there or cannot be read")
	}
	if info.Size() > blocks.MaxFileSize {
		return path, nil, nil, fmt.Errorf("the project file is larger than %d MB", blocks.MaxFileSize>>20)
	}
	data, err = os.ReadFile(path)
	if err != nil {
		return path, nil, nil, err
	}
	// os.Root keeps media paths inside the project's folder, symbolic links included.
	root, err := os.OpenRoot(filepath.Dir(path))
	if err != nil {
		return path, nil, nil, err
	}
	return path, data, root.FS(), nil
}
