package runtime

import (
	"strings"
	"testing"
)

func TestTextBufferJoinsLikeConcatenation(t *testing.T) {
	var tb textBuffer
	var want strings.Builder
	s := ""
	var kept []string
	for i := 0; i < 2000; i++ {
		part := string(rune('a' + i%26))
		if i%97 == 0 {
			part = strings.Repeat("xy", i%300)
		}
		s = tb.join(s, part)
		want.WriteString(part)
		if s != want.String() {
			t.Fatalf("join %d: got %q…, want %q…", i, s[:min(20, len(s))], want.String()[:min(20, want.Len())])
		}
		if i%50 == 0 {
			kept = append(kept, s)
		}
	}
	// Texts handed out earlier never change, even when an older one is joined onto again.
	branch := tb.join(kept[len(kept)-2], "BRANCH")
	if !strings.HasSuffix(branch, "BRANCH") {
		t.Fatalf("joining onto an older text lost the new part")
	}
	ref := ""
	for i, k := range kept {
		if !strings.HasPrefix(want.String(), k) {
			t.Fatalf("kept text %d changed after later joins", i)
		}
		ref = k
	}
	_ = ref
}
