package assets

import "testing"

func TestSizeText(t *testing.T) {
	for n, want := range map[int64]string{
		8 << 20:         "8 MB",
		8<<20 + 1:       "8.1 MB",
		12<<20 + 1<<19:  "12.5 MB",
		100 << 10:       "0.1 MB",
		0:               "0 MB",
		16<<20 + 100000: "16.1 MB",
	} {
		if got := sizeText(n); got != want {
			t.Errorf("sizeText(%d) = %q, want %q", n, got, want)
		}
	}
}
