package blocks

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadSaveSameBytes checks the canonical form on every project in the repository.
func TestLoadSaveSameBytes(t *testing.T) {
	var files []string
	for _, glob := range []string{"../examples/*.tsumiki", "../runtime/testdata/bench/*.tsumiki", "compile/testdata/*.tsumiki"} {
		m, _ := filepath.Glob(glob)
		files = append(files, m...)
	}
	if len(files) < 5 {
		t.Fatalf("found only %d project files", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out, err := Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, data) {
			t.Errorf("%s: saving after loading changes the file", f)
		}
	}
}

func TestNumbersKeepTheirSpelling(t *testing.T) {
	src := `{"format":1,"name":"n","stage":{"backdrop":0,"variables":[{"name":"a","value":1.50},{"name":"b","value":"1.50"},{"name":"c","value":1e3}]},"sprites":[]}`
	p, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	vs := p.Stage.Variables
	if vs[0].Value != (Value{"1.50", true}) || vs[1].Value != (Value{"1.50", false}) || vs[2].Value != (Value{"1e3", true}) {
		t.Errorf("values = %+v", vs)
	}
	out, _ := Marshal(p)
	for _, want := range []string{`"value": 1.50`, `"value": "1.50"`, `"value": 1e3`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("saved file lacks %s:\n%s", want, out)
		}
	}
}

func TestSyntaxErrorNamesTheLine(t *testing.T) {
	src := "{\n  \"format\": 1,\n  \"name\": \"x\",\n  \"stage\": {,\n}"
	_, err := Parse([]byte(src))
	if err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("error = %v, want one naming line 4", err)
	}
	if ja := Localize(err, Japanese); !strings.Contains(ja, "4 行目") {
		t.Errorf("Japanese error = %q", ja)
	}
}
