package main

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestWrap(t *testing.T) {
	// Every character is one unit wide.
	measure := func(s string) float64 { return float64(utf8.RuneCountInString(s)) }
	tests := []struct {
		text  string
		width float64
		want  []string
	}{
		{"hello world foo", 11, []string{"hello world", "foo"}},
		{"hello world foo", 20, []string{"hello world foo"}},
		{"hello  world", 5, []string{"hello", "world"}},
		{"a verylongwordindeed b", 6, []string{"a", "verylo", "ngword", "indeed", "b"}},
		{"line one\nline two", 20, []string{"line one", "line two"}},
		{"あいうえおかきくけこ", 4, []string{"あいうえ", "おかきく", "けこ"}},
		{"Stage、スクリプト 1: とまりました", 8, []string{"Stage、スク", "リプト 1: と", "まりました"}},
		{"", 10, []string{""}},
		// No line starts with 」 or 、, and none ends with 「.
		{"リスト「things」には", 10, []string{"リスト", "「things」には"}},
		{"あいう、えお", 3, []string{"あい", "う、え", "お"}},
		{"あいう「えお」", 4, []string{"あいう", "「えお」"}},
	}
	for _, tt := range tests {
		if got := wrap(tt.text, tt.width, measure); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("wrap(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}
