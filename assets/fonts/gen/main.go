// Command gen makes Tsumiki's UI font: M+ 1p Regular cut down to the characters a Japanese
// primary-school child and the app's own messages need.
//
// It is run by hand (go generate ./assets/fonts), never by a build. It needs pyftsubset from
// fontTools (on Debian: apt-get install fonttools) and reads the source font from the ebiten
// module, which carries M+ 1p among its example resources:
//
//	go generate ./assets/fonts
//
// which runs, from assets/fonts,
//
//	go run ./gen -o mplus-1p-regular-subset.ttf
//
// The characters kept are printable ASCII and Latin-1, common punctuation and symbols, kana,
// full-width and half-width forms (see ranges), and every kanji in kanji-kyoiku.txt and
// kanji-joyo.txt.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode"
)

// ranges are the code point ranges kept besides the kanji lists. pyftsubset skips code points
// the font does not have.
var ranges = []string{
	"U+0020-007E", // ASCII
	"U+00A0-00FF", // Latin-1: accented letters, ×, ÷, °
	"U+2010-2027", // dashes, quotation marks, bullets, ellipsis
	"U+2030-203B", // ‰, ′, ※
	"U+20AC",      // €
	"U+2190-2193", // arrows
	"U+2212",      // minus
	"U+221E",      // ∞
	"U+2260",      // ≠
	"U+2264-2265", // ≤ ≥
	"U+2460-2473", // circled numbers ① to ⑳
	"U+25A0-25EF", // geometric shapes: ■ □ ▲ △ ○ ● ◎
	"U+2600-266F", // ★ ☆ ♪ and friends
	"U+3000-303F", // CJK punctuation: 、 。 「 」 々
	"U+3040-309F", // hiragana
	"U+30A0-30FF", // katakana
	"U+FF01-FF9F", // full-width ASCII and half-width katakana
	"U+FFE0-FFE6", // full-width ￥ and other signs
}

// kanjiFiles list the kanji to keep, relative to assets/fonts.
var kanjiFiles = []string{"kanji-kyoiku.txt", "kanji-joyo.txt"}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	src := flag.String("src", "", "the M+ 1p Regular font to cut down (default: the one in the ebiten module)")
	out := flag.String("o", "mplus-1p-regular-subset.ttf", "the font file to write")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		log.Fatal(err)
	}
}

func run(src, out string) error {
	if src == "" {
		dir, err := moduleDir("github.com/hajimehoshi/ebiten/v2")
		if err != nil {
			return err
		}
		src = filepath.Join(dir, "examples", "resources", "fonts", "mplus-1p-regular.ttf")
	}
	kanji, err := readKanji(kanjiFiles)
	if err != nil {
		return err
	}
	textFile, err := os.CreateTemp("", "tsumiki-font-*.txt")
	if err != nil {
		return err
	}
	defer os.Remove(textFile.Name())
	if _, err := textFile.WriteString(kanji); err != nil {
		textFile.Close()
		return err
	}
	if err := textFile.Close(); err != nil {
		return err
	}

	args := []string{
		src,
		"--unicodes=" + strings.Join(ranges, ","),
		"--text-file=" + textFile.Name(),
		"--output-file=" + out,
		"--layout-features=*", // keep kerning and the vertical and width forms
		"--no-hinting",        // ebiten's text renderer does not hint
		"--drop-tables+=vhea,vmtx",
	}
	cmd := exec.Command("pyftsubset", args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	log.Printf("pyftsubset %s", strings.Join(args, " "))
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pyftsubset (apt-get install fonttools): %w", err)
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	log.Printf("wrote %s: %d bytes, %d kanji asked for", out, st.Size(), len([]rune(kanji)))
	return nil
}

// moduleDir returns the folder of module path in the module cache.
func moduleDir(path string) (string, error) {
	var stdout bytes.Buffer
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path)
	cmd.Stdout, cmd.Stderr = &stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("finding module %s: %w", path, err)
	}
	dir := strings.TrimSpace(stdout.String())
	if dir == "" {
		return "", fmt.Errorf("module %s is not downloaded (go mod download)", path)
	}
	return dir, nil
}

// readKanji returns the kanji in the files, in order and without repeats. Lines that start
// with # are comments.
func readKanji(files []string) (string, error) {
	var b strings.Builder
	seen := make(map[rune]bool)
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, r := range line {
				if !unicode.Is(unicode.Han, r) {
					f.Close()
					return "", fmt.Errorf("%s: %q is not a kanji", name, r)
				}
				if !seen[r] {
					seen[r] = true
					b.WriteRune(r)
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return "", fmt.Errorf("%s: %w", name, err)
		}
	}
	return b.String(), nil
}
