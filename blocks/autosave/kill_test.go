package autosave

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	helperDirEnv = "TSUMIKI_AUTOSAVE_HELPER_DIR"
	helperLogEnv = "TSUMIKI_AUTOSAVE_HELPER_LOG"
)

// TestHelperProcess is the app being killed: run by TestKillDuringAutosave in a child process,
// it autosaves ever larger versions of the project "kid" as fast as it can, and appends each
// version's counter to a log once its Autosave has returned.
func TestHelperProcess(t *testing.T) {
	dir := os.Getenv(helperDirEnv)
	if dir == "" {
		t.Skip("the child process of TestKillDuringAutosave")
	}
	f, err := Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	log, err := os.OpenFile(os.Getenv(helperLogEnv), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	deadline := time.Now().Add(time.Minute) // never outlive a parent that died
	for n := 1; time.Now().Before(deadline); n++ {
		if err := f.Autosave("kid", makeProject(n)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Fprintf(log, "%d\n", n)
	}
	os.Exit(3)
}

// lastLogged returns the last counter the child logged on a complete line, 0 if none.
func lastLogged(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	end := bytes.LastIndexByte(data, '\n')
	if end < 0 {
		return 0
	}
	lines := strings.Split(string(data[:end]), "\n")
	n, err := strconv.Atoi(lines[len(lines)-1])
	if err != nil {
		t.Fatalf("log %q: %v", path, err)
	}
	return n
}

// TestKillDuringAutosave kills a process that autosaves in a tight loop at arbitrary moments,
// five times over the same folder, and checks each time that the app starting again is
// offered a complete version: the last one whose Autosave returned, or the one whose rename
// had just happened, equal to what was written, and never a temporary file.
func TestKillDuringAutosave(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skipf("%s cannot start a process", runtime.GOOS)
	}
	dir := t.TempDir()
	logs := t.TempDir()
	leftover := 0
	for round := 1; round <= 5; round++ {
		logPath := filepath.Join(logs, fmt.Sprintf("round%d.log", round))
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), helperDirEnv+"="+dir, helperLogEnv+"="+logPath)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		killed := false
		kill := func() {
			if !killed {
				killed = true
				cmd.Process.Kill()
				cmd.Wait()
			}
		}
		t.Cleanup(kill)

		// Wait for a few saves, a different number each round, then a little more.
		want := 2 + rand.IntN(4*round)
		seen := 0
		for try := 0; try < 2000 && seen < want; try++ {
			time.Sleep(5 * time.Millisecond)
			seen = lastLogged(t, logPath)
		}
		if seen < want {
			kill()
			t.Fatalf("round %d: the child made only %d autosaves; stderr: %s", round, seen, stderr.String())
		}
		time.Sleep(time.Duration(rand.IntN(20_000)) * time.Microsecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatalf("round %d: kill: %v", round, err)
		}
		killed = true
		cmd.Wait()
		if cmd.ProcessState.Exited() {
			t.Fatalf("round %d: the child exited by itself (%v) before it was killed; stderr: %s",
				round, cmd.ProcessState, stderr.String())
		}
		last := lastLogged(t, logPath)

		// The app starts again.
		f := mustOpen(t, dir)
		recs, err := f.Recover()
		if err != nil {
			t.Fatalf("round %d: Recover: %v", round, err)
		}
		if len(recs) != 1 || recs[0].Name != "kid" || recs[0].Saved {
			t.Fatalf("round %d: Recover = %+v; want only the autosave of kid", round, recs)
		}
		var n int
		if _, err := fmt.Sscanf(recs[0].Project.Name, "v%d", &n); err != nil {
			t.Fatalf("round %d: recovered project named %q", round, recs[0].Project.Name)
		}
		if n != last && n != last+1 {
			t.Errorf("round %d: recovered v%d, but the last complete autosave was v%d", round, n, last)
		}
		sameProject(t, makeProject(n), recs[0].Project)
		if list, _ := f.List(); len(list) != 0 {
			t.Errorf("round %d: List shows %v; an autosave or a temporary file was taken for a project", round, list)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if fn := e.Name(); fn != "kid"+AutosaveExt && !isTemp(fn) {
				t.Errorf("round %d: unexpected file %s", round, fn)
			}
		}
		tt := temps(t, dir)
		leftover = len(tt)
		t.Logf("round %d: killed after %d autosaves (waited for %d), recovered v%d, %d temporary files in the folder",
			round, last, want, n, len(tt))
	}
	t.Logf("%d temporary files left by the kills, none read", leftover)
}
