package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"tsumiki/blocks"
	tsruntime "tsumiki/runtime"
)

// chromium is the browser the end-to-end tests drive: Debian's package.
const chromium = "/usr/bin/chromium"

// browserFlags give headless Chromium WebGL with no GPU: ANGLE on SwiftShader, which
// Chromium 139 and later use only when asked.
var browserFlags = []chromedp.ExecAllocatorOption{
	chromedp.Flag("use-angle", "swiftshader"),
	chromedp.Flag("enable-unsafe-swiftshader", true),
}

// The window the tests use: the block editor needs at least 900×560 CSS pixels.
const winW, winH = 1280, 800

// penPink is the pen colour of examples/polygon.tsumiki, the hexagon the green flag draws.
var penPink = color.RGBA{0xff, 0x66, 0x80, 0xff}

// readyScript runs in the page before the app. It records when the app sets tsumikiReady,
// and when the page's next frame starts, after the app's first frame is done, in milliseconds
// since navigation started.
const readyScript = `(() => {
	let ready;
	Object.defineProperty(window, "tsumikiReady", {
		configurable: true,
		enumerable: true,
		get() { return ready; },
		set(v) {
			ready = v;
			if (v && window.tsumikiReadyAt === undefined) {
				window.tsumikiReadyAt = performance.now();
				requestAnimationFrame(() => { window.tsumikiFrameAt = performance.now(); });
			}
		},
	});
})()`

// TestBrowser builds the site once, serves it, and runs the app in headless Chromium as a
// child would: it loads the page, runs a lesson, drags a block, reloads to find the
// autosaved work and loads again with the network cut. It also measures the time to
// interactive and the B4 benchmark in the browser. Every subtest has a browser of its own
// with a fresh profile.
//
// Run it with: go test ./cmd/tsumiki-web -run Browser -v
// To test a site built before (go run ./cmd/tsumiki-web -out DIR), set TSUMIKI_WEB_SITE=DIR.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("Chromium is not installed (apt-get install chromium): %v", err)
	}
	dir := os.Getenv("TSUMIKI_WEB_SITE")
	if dir != "" {
		t.Logf("testing the site built before in %s (TSUMIKI_WEB_SITE)", dir)
	} else {
		dir = t.TempDir()
		ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
		defer cancel()
		start := time.Now()
		if err := buildSite(ctx, dir); err != nil {
			t.Fatalf("building the site: %v", err)
		}
		t.Logf("built the site in %v", time.Since(start).Round(time.Millisecond))
	}
	srv := httptest.NewServer(newHandler(dir))
	defer srv.Close()

	loaded := false
	if !t.Run("Ready", func(t *testing.T) { testReady(t, srv.URL, &loaded) }) && !loaded {
		t.Fatal("the app never became ready: the other tests would wait for it the same way")
	}
	t.Run("GreenFlag", func(t *testing.T) { testGreenFlag(t, srv.URL) })
	t.Run("Drag", func(t *testing.T) { testDrag(t, srv.URL) })
	t.Run("Autosave", func(t *testing.T) { testAutosave(t, srv.URL) })
	t.Run("Offline", func(t *testing.T) { testOffline(t, dir) })
	t.Run("B4Speed", func(t *testing.T) { testB4Speed(t, srv.URL) })
}

// testReady loads the page in fresh browser profiles, with nothing cached, waits for the app's
// first frame and reports the time to interactive; then once more with the page cached. It
// sets *loaded once the app has become ready.
func testReady(t *testing.T, base string, loaded *bool) {
	p := newBrowser(t, 2*time.Minute)
	url := base + "/?test=1&lang=en"
	var cold []float64
	for i := range 3 {
		// A new browser context is a new profile: no HTTP cache, no service worker.
		q, cancel := p.incognito()
		q.open(url)
		*loaded = true
		ms, frame := q.readyAt()
		cold = append(cold, ms)
		t.Logf("load %d, nothing cached: ready %.0f ms after navigation start, first frame done %.0f ms (%s)", i+1, ms, frame, q.timing())
		cancel()
	}
	slices.Sort(cold)
	t.Logf("time to interactive, nothing cached: median %.0f ms of %d (target ≤ 3000 ms)", cold[len(cold)/2], len(cold))

	p.open(url)
	p.waitController()
	p.open(url)
	ms, frame := p.readyAt()
	t.Logf("time to interactive, cached by the service worker: %.0f ms, first frame done %.0f ms (%s)", ms, frame, p.timing())

	var gl string
	p.eval(`(() => {
		const gl = document.createElement("canvas").getContext("webgl2");
		const info = gl && gl.getExtension("WEBGL_debug_renderer_info");
		return !gl ? "none" : info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
	})()`, &gl)
	t.Logf("WebGL2: %s", gl)

	var size struct{ W, H, DPR float64 }
	p.eval(`({W: innerWidth, H: innerHeight, DPR: devicePixelRatio})`, &size)
	if size.W != winW || size.H != winH {
		t.Errorf("the page is %v×%v CSS px, want %d×%d", size.W, size.H, winW, winH)
	}
	l := p.layout()
	t.Logf("layout: %+v", l)
	for i, r := range []rect{l.Flag, l.Stop, l.Stage, l.Scripts, l.Palette} {
		if r[2] <= 0 || r[3] <= 0 || r[0] < 0 || r[1] < 0 || r[0]+r[2] > size.W || r[1]+r[3] > size.H {
			name := []string{"flag", "stop", "stage", "scripts", "palette"}[i]
			t.Errorf("the %s is at %v, not inside the %v×%v page", name, r, size.W, size.H)
		}
	}
	if name := p.docName(); name == "" {
		t.Error("the open document has no name")
	}
	if _, err := blocks.Parse(p.project()); err != nil {
		t.Errorf("the editor's project does not parse: %v", err)
	}
	var frames []float64
	p.eval(`new Promise(done => {
		const ts = [];
		const f = t => { ts.push(t); ts.length < 21 ? requestAnimationFrame(f) : done(ts.slice(1).map((t, i) => t - ts[i])); };
		requestAnimationFrame(f);
	})`, &frames)
	slices.Sort(frames)
	t.Logf("the editor's frames take %.0f ms (median of %d; %.0f to %.0f)", frames[len(frames)/2], len(frames), frames[0], frames[len(frames)-1])
	p.screenshot("ready")
}

// testGreenFlag opens the polygon lesson, clicks the green flag with the mouse and waits for
// the pink hexagon on the stage.
func testGreenFlag(t *testing.T, base string) {
	p := newBrowser(t, 90*time.Second)
	p.open(base + "/?test=1&lang=en&lesson=polygon")
	want, err := os.ReadFile(filepath.Join("..", "..", "examples", "polygon.tsumiki"))
	if err != nil {
		t.Fatal(err)
	}
	wantProject, err := blocks.Parse(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := blocks.Parse(p.project())
	if err != nil {
		t.Fatalf("the editor's project does not parse: %v", err)
	}
	if got.Name != wantProject.Name {
		t.Errorf("the editor has the project %q open, want the lesson %q", got.Name, wantProject.Name)
	}
	t.Logf("document: %q", p.docName())

	stage := p.stage()
	if n := countNear(stage, penPink); n > 0 {
		t.Fatalf("%d pink pixels on the stage before the flag", n)
	}
	l := p.layout()
	p.click(l.Flag.center())
	n := p.waitPink(hexagonPink(stage), 20*time.Second)
	t.Logf("%d pink pixels on the %v stage after the flag", n, stage.Bounds().Size())
	p.screenshot("greenflag")
}

// testDrag drags "turn right" from the palette into the script area with the mouse and finds
// it in the editor's project.
func testDrag(t *testing.T, base string) {
	p := newBrowser(t, 90*time.Second)
	p.open(base + "/?test=1&lang=en")
	p.dragIntoScripts("motion_turnright")
	p.screenshot("drag")
}

// testAutosave makes a change, waits until it is saved in the browser's storage, reloads the
// page, accepts the autosaved work with Enter and finds the change again.
func testAutosave(t *testing.T, base string) {
	p := newBrowser(t, 90*time.Second)
	p.open(base + "/?test=1&lang=en")
	const op = "motion_turnright"
	n := p.dragIntoScripts(op)
	name := p.docName()
	ctx, cancel := context.WithTimeout(p.ctx, 10*time.Second)
	defer cancel()
	saved := fmt.Sprintf(`Object.keys(localStorage).some(k => k.startsWith("tsumiki/") && k.endsWith(".autosave.tsumiki") && localStorage.getItem(k).includes(%q))`, op)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](saved)); err != nil {
		t.Fatalf("no autosave with %s in localStorage: %v", op, err)
	}

	p.reload()
	if got := countOpcode(t, p.project(), op); got == n {
		t.Fatalf("the reloaded page has the autosaved work open before it was accepted")
	}
	p.screenshot("autosave-offer")
	// The dialog comes up in the first frames; Enter opens the autosaved work. A key pressed
	// before the dialog is there does nothing, so press it again until the work is back.
	deadline := time.Now().Add(15 * time.Second)
	for countOpcode(t, p.project(), op) != n {
		if time.Now().After(deadline) {
			p.screenshot("autosave-failed")
			t.Fatalf("Enter did not bring back the autosaved work with %d %s", n, op)
		}
		p.key(kb.Enter)
	}
	if got := p.docName(); got != name {
		t.Errorf("the autosaved work came back as %q, want %q", got, name)
	}
	t.Logf("the autosaved work is back with %d %s, as %q", n, op, name)
	p.screenshot("autosave")
}

// testOffline loads the page once so that the service worker installs, then cuts the network
// and stops the server, loads the page again, and runs the polygon lesson.
func testOffline(t *testing.T, dir string) {
	srv := httptest.NewServer(newHandler(dir))
	defer srv.Close()
	url := srv.URL + "/?test=1&lang=en&lesson=polygon"
	p := newBrowser(t, 90*time.Second)
	p.open(url)
	p.waitController()

	if _, err := chromedp.Call(p.ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	_, err := chromedp.Call(p.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: new(true),
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(p.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
	srv.Close()

	p.open(url)
	var online bool
	p.eval(`navigator.onLine`, &online)
	if online {
		t.Error("navigator.onLine is true with the network cut")
	}
	ms, _ := p.readyAt()
	t.Logf("ready offline %.0f ms after navigation start", ms)
	stage := p.stage()
	if n := countNear(stage, penPink); n > 0 {
		t.Fatalf("%d pink pixels on the stage before the flag", n)
	}
	p.click(p.layout().Flag.center())
	p.waitPink(hexagonPink(stage), 20*time.Second)
	p.screenshot("offline")
}

// testB4Speed runs the B4 benchmark headless inside the wasm and in this process, and reports
// ticks a second both ways.
func testB4Speed(t *testing.T, base string) {
	data, err := os.ReadFile(filepath.Join("..", "..", "runtime", "testdata", "bench", "B4_sprites.tsumiki"))
	if err != nil {
		t.Fatal(err)
	}
	proj, err := blocks.Parse(data)
	if err != nil {
		t.Fatal(err)
	}

	// Go, as BenchmarkB4Sprites in runtime measures it: start, green flag, run to the end.
	var ticks int64
	res := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			rt, err := tsruntime.New(proj, tsruntime.Options{})
			if err != nil {
				b.Fatal(err)
			}
			rt.GreenFlag()
			ticks = rt.Run(1 << 20)
			rt.Close()
		}
	})
	goMs := float64(res.NsPerOp()) / 1e6
	t.Logf("B4 in Go: %d ticks in %.1f ms (%d runs): %.0f ticks/s", ticks, goMs, res.N, float64(ticks)/goMs*1000)

	p := newBrowser(t, 2*time.Minute)
	p.open(base + "/?test=1&lang=en")
	var runs []float64
	for range 15 {
		var r struct {
			Ticks int64   `json:"ticks"`
			Ms    float64 `json:"ms"`
			Error string  `json:"error"`
		}
		p.call(&r, "runHeadless", string(data), 1<<20)
		if r.Error != "" {
			t.Fatalf("runHeadless: %s", r.Error)
		}
		if r.Ticks != ticks {
			t.Fatalf("B4 ran %d ticks in the browser and %d in Go", r.Ticks, ticks)
		}
		runs = append(runs, r.Ms)
	}
	slices.Sort(runs)
	webMs := runs[len(runs)/2]
	t.Logf("B4 in the browser: %d ticks in %.1f ms (median of %d, fastest %.1f): %.0f ticks/s, %.1f× the time in Go",
		ticks, webMs, len(runs), runs[0], float64(ticks)/webMs*1000, webMs/goMs)
}

// tab is a page of headless Chromium.
type tab struct {
	t   *testing.T
	ctx context.Context // a chromedp context

	mu      sync.Mutex
	console []chromedp.ConsoleMessage
}

// newBrowser starts Chromium headless with a fresh profile and returns its first tab. The
// browser stops when the test ends, or after limit; an uncaught exception in the tab's pages
// fails the test then.
func newBrowser(t *testing.T, limit time.Duration) *tab {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), limit)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(winW, winH),
	)
	opts = append(opts, browserFlags...)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	p := &tab{t: t, ctx: bctx}
	done := make(chan struct{})
	t.Cleanup(func() {
		bcancel()
		acancel()
		cancel()
		<-done
		if ex := p.exceptions(); len(ex) > 0 {
			t.Errorf("uncaught exceptions in the page:\n%s", strings.Join(ex, "\n"))
		}
		if t.Failed() {
			p.mu.Lock()
			defer p.mu.Unlock()
			for _, m := range p.console {
				t.Logf("console %s: %s", m.Type, m.Text)
			}
		}
	})
	if err := chromedp.Do(bctx, setUp); err != nil {
		close(done)
		t.Fatalf("starting Chromium: %v", err)
	}
	messages := chromedp.Console(bctx)
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.console = append(p.console, m)
			p.mu.Unlock()
		}
	}()
	return p
}

// incognito opens a tab in a new browser context of p's browser, which is like a new profile:
// nothing cached, no service worker, empty storage. The tab closes with cancel.
func (p *tab) incognito() (q *tab, cancel func()) {
	p.t.Helper()
	ctx, cancel := chromedp.NewContext(p.ctx, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(ctx, setUp); err != nil {
		cancel()
		p.t.Fatal(err)
	}
	return &tab{t: p.t, ctx: ctx}, cancel
}

// setUp sets a new tab's viewport and has it record when the app becomes ready.
var setUp = chromedp.Steps(
	chromedp.EmulateViewport(winW, winH),
	chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: readyScript})
		return err
	}),
)

// exceptions returns the page's uncaught exceptions so far.
func (p *tab) exceptions() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var ex []string
	for _, m := range p.console {
		if m.IsException() {
			ex = append(ex, m.Text)
		}
	}
	return ex
}

// open loads url and waits until the app is ready.
func (p *tab) open(url string) {
	p.t.Helper()
	p.load(chromedp.Navigate(url), url)
}

// reload reloads the page and waits until the app is ready.
func (p *tab) reload() {
	p.t.Helper()
	p.load(chromedp.Reload(), "the reloaded page")
}

// load runs the navigation nav and waits until the app has drawn its first frame and its test
// hook is there.
func (p *tab) load(nav chromedp.Action[chromedp.Void], what string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 40*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, nav); err != nil {
		p.t.Fatalf("loading %s: %v", what, err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.tsumikiReady === true`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		p.t.Fatalf("the app at %s was not ready: %v; %s", what, err, p.diagnose())
	}
	var hook string
	p.eval(`typeof window.tsumikiTest`, &hook)
	if hook != "object" {
		p.t.Fatalf("the app is ready but window.tsumikiTest is %s", hook)
	}
}

// diagnose says what the page shows when the app did not become ready.
func (p *tab) diagnose() string {
	ctx, cancel := context.WithTimeout(p.ctx, 3*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const gl = !!document.createElement("canvas").getContext("webgl2");
		const e = document.getElementById("error");
		return "the loader's state is " + document.documentElement.dataset.state +
			(e && !e.hidden ? ", showing " + JSON.stringify(e.innerText) : "") +
			(gl ? "" : ", and the browser has no WebGL2");
	})()`))
	if err != nil {
		return "the page does not answer: its main thread is busy"
	}
	p.screenshot("not-ready")
	return s
}

// readyAt returns when the app set window.tsumikiReady, and when the page's next frame
// started, in milliseconds since navigation started.
func (p *tab) readyAt() (ready, frame float64) {
	p.t.Helper()
	var ms [2]float64
	p.eval(`new Promise(done => {
		const now = performance.now();
		const f = () => window.tsumikiFrameAt === undefined ? requestAnimationFrame(f) : done([window.tsumikiReadyAt ?? now, window.tsumikiFrameAt]);
		f();
	})`, &ms)
	return ms[0], ms[1]
}

// timing describes where the page's load spent its time, from Navigation and Resource Timing.
func (p *tab) timing() string {
	p.t.Helper()
	var s string
	p.eval(`(() => {
		const n = performance.getEntriesByType("navigation")[0];
		const w = performance.getEntriesByType("resource").find(e => e.name.endsWith(".wasm"));
		let s = "page at " + Math.round(n.responseEnd) + " ms";
		if (w) {
			s += ", wasm from " + Math.round(w.startTime) + " to " + Math.round(w.responseEnd) + " ms " +
				(w.workerStart > 0 ? "through the service worker" : Math.round(w.encodedBodySize / 1024) + " KiB over the network");
		}
		return s;
	})()`, &s)
	return s
}

// waitController waits until the service worker is installed and controls the page, reloading
// the page once if the worker does not take it over.
func (p *tab) waitController() {
	p.t.Helper()
	var state string
	p.eval(`Promise.race([
		navigator.serviceWorker.ready.then(r => r.active ? r.active.state : "none"),
		new Promise(done => setTimeout(() => done("not ready after 15 s"), 15000)),
	])`, &state)
	if state != "activating" && state != "activated" {
		p.t.Fatalf("the service worker is %s", state)
	}
	controlled := func() bool {
		ctx, cancel := context.WithTimeout(p.ctx, 10*time.Second)
		defer cancel()
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`, chromedp.WithPollingTimeout(5*time.Second)))
		return err == nil
	}
	if !controlled() {
		p.t.Logf("the service worker is %s but does not control the page: reloading", state)
		p.reload()
		if !controlled() {
			p.t.Fatal("no service worker controls the page after a reload")
		}
	}
}

// eval evaluates expr in the page, awaits it if it is a promise, and decodes the result into
// v unless v is nil.
func (p *tab) eval(expr string, v any) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("%s: %v", short(expr), err)
	}
	if v != nil {
		if len(raw) == 0 {
			raw = []byte("null")
		}
		if err := json.Unmarshal(raw, v); err != nil {
			p.t.Fatalf("%s gave %s: %v", short(expr), short(string(raw)), err)
		}
	}
}

// call calls method of window.tsumikiTest with args and decodes the result into v.
func (p *tab) call(v any, method string, args ...any) {
	p.t.Helper()
	js := make([]string, len(args))
	for i, a := range args {
		b, err := json.Marshal(a)
		if err != nil {
			p.t.Fatal(err)
		}
		js[i] = string(b)
	}
	p.eval(fmt.Sprintf("window.tsumikiTest.%s(%s)", method, strings.Join(js, ", ")), v)
}

// short cuts s to a length that reads well in a message.
func short(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

// rect is a rectangle of the page in CSS pixels: x, y, width, height.
type rect [4]float64

// at returns the point at fractions fx, fy of r's width and height.
func (r rect) at(fx, fy float64) point { return point{r[0] + fx*r[2], r[1] + fy*r[3]} }

func (r rect) center() point { return r.at(0.5, 0.5) }

// point is a point of the page in CSS pixels.
type point struct{ X, Y float64 }

// layout is where the app's parts are on the page.
type layout struct {
	Flag    rect `json:"flag"`
	Stop    rect `json:"stop"`
	Stage   rect `json:"stage"`
	Scripts rect `json:"scripts"`
	Palette rect `json:"palette"`
}

func (p *tab) layout() layout {
	p.t.Helper()
	var l layout
	p.call(&l, "layout")
	return l
}

func (p *tab) docName() string {
	p.t.Helper()
	var s string
	p.call(&s, "docName")
	return s
}

// project returns the project as the editor has it now.
func (p *tab) project() []byte {
	p.t.Helper()
	var s string
	p.call(&s, "project")
	return []byte(s)
}

// stage returns the stage as drawn on the screen.
func (p *tab) stage() image.Image {
	p.t.Helper()
	var s string
	p.call(&s, "stagePNG")
	if _, data, ok := strings.Cut(s, "base64,"); ok {
		s = data
	}
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		p.t.Fatalf("stagePNG: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		p.t.Fatalf("stagePNG: %v", err)
	}
	return img
}

// waitPink waits until the stage has at least min pixels of the pen's pink and returns how
// many it has. Each look at the stage waits for the app's next frame.
func (p *tab) waitPink(min int, limit time.Duration) int {
	p.t.Helper()
	deadline := time.Now().Add(limit)
	n := 0
	for time.Now().Before(deadline) {
		if n = countNear(p.stage(), penPink); n >= min {
			return n
		}
	}
	p.screenshot("no-pink")
	p.t.Fatalf("only %d pink pixels on the stage after %v, want %d", n, limit, min)
	return n
}

// frames waits for n animation frames of the page: the app reads its input once a frame.
func (p *tab) frames(n int) {
	p.t.Helper()
	p.eval(fmt.Sprintf(`new Promise(done => {
		let n = %d;
		const f = () => --n > 0 ? requestAnimationFrame(f) : done();
		requestAnimationFrame(f);
	})`, n), nil)
}

// mouse sends one mouse event at pt, with the left button held when down.
func (p *tab) mouse(typ input.DispatchMouseEventType, pt point, down bool) {
	p.t.Helper()
	m := input.DispatchMouseEventParams{Type: typ, X: pt.X, Y: pt.Y, PointerType: input.DispatchMouseEventPointerTypeMouse}
	if down || typ == chromedp.MouseReleased {
		m.Button = input.MouseButtonLeft
		m.ClickCount = 1
	}
	if down {
		m.Buttons = 1
	}
	if _, err := chromedp.Call(p.ctx, input.DispatchMouseEvent, m); err != nil {
		p.t.Fatalf("mouse %s at %v: %v", typ, pt, err)
	}
}

// click clicks at pt with the left button, holding it down for a couple of frames so that the
// app sees it pressed.
func (p *tab) click(pt point) {
	p.t.Helper()
	p.mouse(chromedp.MouseMoved, pt, false)
	p.mouse(chromedp.MousePressed, pt, true)
	p.frames(2)
	p.mouse(chromedp.MouseReleased, pt, false)
	p.frames(2)
}

// drag presses the left button at from, moves to to in steps a frame apart, and releases it.
// The app reads the mouse once a frame, and the press and the release each get two frames:
// a frame of the page may run none of the app's updates.
func (p *tab) drag(from, to point) {
	p.t.Helper()
	p.mouse(chromedp.MouseMoved, from, false)
	p.mouse(chromedp.MousePressed, from, true)
	p.frames(2)
	const steps = 6
	for i := 1; i <= steps; i++ {
		f := float64(i) / steps
		p.mouse(chromedp.MouseMoved, point{from.X + f*(to.X-from.X), from.Y + f*(to.Y-from.Y)}, true)
		p.frames(1)
	}
	p.frames(1)
	p.mouse(chromedp.MouseReleased, to, false)
	p.frames(2)
}

// key presses and releases each key of keys (as package kb names them), holding each down
// for a couple of frames so that the app sees it pressed.
func (p *tab) key(keys string) {
	p.t.Helper()
	for _, r := range keys {
		for _, e := range kb.Encode(r) {
			if e.Type == input.DispatchKeyEventTypeKeyUp {
				p.frames(2)
			}
			if _, err := chromedp.Call(p.ctx, input.DispatchKeyEvent, *e); err != nil {
				p.t.Fatalf("key %q: %v", r, err)
			}
		}
		p.frames(2)
	}
}

// dragIntoScripts drags the palette's block op into an empty part of the script area and
// checks that the project has one more of it. It returns how many the project has.
func (p *tab) dragIntoScripts(op string) int {
	p.t.Helper()
	before := countOpcode(p.t, p.project(), op)
	var b *rect
	p.call(&b, "paletteBlock", op)
	if b == nil {
		p.t.Fatalf("%s is not in the palette", op)
	}
	l := p.layout()
	if !l.Palette.contains(b.center()) {
		p.t.Fatalf("%s is at %v, outside the palette %v", op, *b, l.Palette)
	}
	// Take the block by its left end, where its label starts, away from its slots.
	from := point{b[0] + min(8, b[2]/4), b[1] + b[3]/2}
	to := l.Scripts.at(0.55, 0.75)
	p.drag(from, to)

	deadline := time.Now().Add(5 * time.Second)
	for {
		n := countOpcode(p.t, p.project(), op)
		if n == before+1 {
			return n
		}
		if time.Now().After(deadline) {
			p.screenshot("drag-failed")
			p.t.Fatalf("after dragging %s from %v to %v the project has %d of it, want %d", op, from, to, n, before+1)
		}
		p.frames(2)
	}
}

func (r rect) contains(pt point) bool {
	return pt.X >= r[0] && pt.X < r[0]+r[2] && pt.Y >= r[1] && pt.Y < r[1]+r[3]
}

// screenshot saves the page as tsumiki-web-<name>.png in the temporary folder.
func (p *tab) screenshot(name string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
	defer cancel()
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Logf("screenshot %s: %v", name, err)
		return
	}
	path := filepath.Join(os.TempDir(), "tsumiki-web-"+name+".png")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		p.t.Log(err)
		return
	}
	p.t.Logf("screenshot: %s", path)
}

// hexagonPink is how many pink pixels show that the polygon lesson drew its hexagon on the
// stage: six 80-step sides in a 4-step pen are about 1,900 pixels of a 480×360 stage, part of
// them outside it; half of that is enough.
func hexagonPink(stage image.Image) int {
	s := float64(stage.Bounds().Dx()) / 480
	return int(600 * s * s)
}

// countOpcode parses a project and counts its blocks with the opcode op, on the stage and on
// every sprite, nested ones included.
func countOpcode(t *testing.T, data []byte, op string) int {
	t.Helper()
	proj, err := blocks.Parse(data)
	if err != nil {
		t.Fatalf("the editor's project does not parse: %v", err)
	}
	n := 0
	var count func([]*blocks.Block)
	count = func(bs []*blocks.Block) {
		for _, b := range bs {
			if b == nil {
				continue
			}
			if b.Opcode == op {
				n++
			}
			for _, in := range b.Inputs {
				if in != nil && in.Block != nil {
					count([]*blocks.Block{in.Block})
				}
			}
			for _, s := range b.Stacks {
				count(s)
			}
		}
	}
	contents := []blocks.Contents{proj.Stage.Contents}
	for _, s := range proj.Sprites {
		contents = append(contents, s.Contents)
	}
	for _, c := range contents {
		for _, s := range c.Scripts {
			count(s.Blocks)
		}
	}
	return n
}

// countNear counts the pixels of img within a few levels of c in every channel.
func countNear(img image.Image, c color.RGBA) int {
	d := func(a uint32, b uint8) int { return max(int(a>>8)-int(b), int(b)-int(a>>8)) }
	n := 0
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if d(cr, c.R) <= 6 && d(cg, c.G) <= 6 && d(cb, c.B) <= 6 {
				n++
			}
		}
	}
	return n
}
