package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		w, h int
		ok   bool
	}{
		{"960x760", 960, 760, true},
		{"1280X800", 1280, 800, true},
		{"256x260", 256, 260, true},
		{"100x100", 0, 0, false},
		{"960", 0, 0, false},
		{"axb", 0, 0, false},
		{"960x-1", 0, 0, false},
		{"99999x760", 0, 0, false},
	}
	for _, tt := range tests {
		w, h, err := parseSize(tt.in)
		if (err == nil) != tt.ok || w != tt.w || h != tt.h {
			t.Errorf("parseSize(%q) = %d, %d, %v; want %d, %d, ok %v", tt.in, w, h, err, tt.w, tt.h, tt.ok)
		}
	}
}

func TestRunRejectsBadFlags(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-lang", "fr"}, "unknown language"},
		{[]string{"-size", "big"}, "-size"},
		{[]string{"a.tsumiki", "b.tsumiki"}, "at most one"},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		if code := run(tt.args, &stderr); code != 2 || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("run(%q) = %d, %q; want 2 and a message with %q", tt.args, code, stderr.String(), tt.want)
		}
	}
}
