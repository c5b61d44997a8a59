package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
)

func TestSiteURLs(t *testing.T) {
	bound := &net.TCPAddr{IP: net.IPv4zero, Port: 8080}
	tests := []struct {
		addr    string
		want    string // the first URL
		lanToo  bool   // whether the LAN addresses follow
		onlyOne bool
	}{
		{":8080", "http://localhost:8080/", true, false},
		{"0.0.0.0:8080", "http://localhost:8080/", true, false},
		{"[::]:8080", "http://localhost:8080/", true, false},
		{"localhost:8080", "http://localhost:8080/", false, true},
		{"127.0.0.1:8080", "http://127.0.0.1:8080/", false, true},
		{"[::1]:8080", "http://[::1]:8080/", false, true},
		{"192.168.1.20:8080", "http://192.168.1.20:8080/", false, true},
	}
	lan := lanAddrs()
	for _, tt := range tests {
		urls := siteURLs(tt.addr, bound)
		if len(urls) == 0 || urls[0] != tt.want {
			t.Errorf("siteURLs(%q) = %q, want %s first", tt.addr, urls, tt.want)
			continue
		}
		if tt.onlyOne && len(urls) != 1 {
			t.Errorf("siteURLs(%q) = %q, want only %s", tt.addr, urls, tt.want)
		}
		if tt.lanToo && len(urls) != 1+len(lan) {
			t.Errorf("siteURLs(%q) = %q, want localhost and the LAN addresses %q", tt.addr, urls, lan)
		}
	}
	// Port 0 is the port the system chose.
	if urls := siteURLs("127.0.0.1:0", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 41234}); urls[0] != "http://127.0.0.1:41234/" {
		t.Errorf("siteURLs(127.0.0.1:0) = %q, want the bound port", urls)
	}
	for _, ip := range lan {
		if a := net.ParseIP(ip); a == nil || a.To4() == nil || a.IsLoopback() || a.IsLinkLocalUnicast() {
			t.Errorf("lanAddrs() gave %q", ip)
		}
	}
}

func TestRunUsage(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"-nosuchflag"},
		{"extra"},
		{"-out", dir, "-serve-only", dir},
		{"-out", ""},
		{"-serve-only", ""},
	} {
		var stderr strings.Builder
		err := run(t.Context(), args, io.Discard, &stderr)
		if !errors.Is(err, errUsage) {
			t.Errorf("run(%q) = %v, want a usage error", args, err)
		}
		if stderr.Len() == 0 {
			t.Errorf("run(%q) said nothing", args)
		}
	}
	err := run(t.Context(), []string{"-serve-only", dir}, io.Discard, io.Discard)
	if err == nil || errors.Is(err, errUsage) || !strings.Contains(err.Error(), "not a built site") {
		t.Errorf("run(-serve-only with an empty folder) = %v, want it to say the folder is not a built site", err)
	}
}

// The command serves a folder at the address it prints, until it is stopped.
func TestRunServeOnly(t *testing.T) {
	dir := t.TempDir()
	wasm, wasmExec := fakeApp("serve")
	if err := writeSite(dir, wasm, wasmExec); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	out, stdout := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, []string{"-serve-only", dir, "-addr", "127.0.0.1:0"}, stdout, io.Discard)
		stdout.CloseWithError(io.EOF)
		done <- err
	}()
	lines := bufio.NewScanner(out)
	var url string
	for url == "" && lines.Scan() {
		if u, ok := strings.CutPrefix(strings.TrimSpace(lines.Text()), "http://127.0.0.1:"); ok {
			url = "http://127.0.0.1:" + u
		}
	}
	if url == "" {
		t.Fatalf("the command printed no URL: %v", <-done)
	}
	go io.Copy(io.Discard, out)

	resp, err := http.Get(url + "?lesson=polygon")
	if err != nil {
		t.Fatal(err)
	}
	page := body(t, resp)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "Loading Tsumiki") {
		t.Errorf("GET %s: %s, %.60q; want the page", url, resp.Status, page)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("stopping: %v", err)
	}
}
