package editor

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"tsumiki/blocks"
)

// refused checks that err is an *Error starting with want, in three languages, and that the
// project did not change.
func refused(t *testing.T, d *driver, before string, err error, want string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Errorf("error %v, want an *Error %q", err, want)
		return
	}
	if !strings.HasPrefix(e.Error(), want) {
		t.Errorf("error %q, want %q", e.Error(), want)
	}
	if ja, hira := e.Localize(blocks.Japanese), e.Localize(blocks.Hiragana); ja == e.Error() || hira == ja && strings.ContainsFunc(ja, isKanji) {
		t.Errorf("%q is not translated: %q, %q", e.Error(), ja, hira)
	}
	if d.json() != before {
		t.Errorf("the refused change (%v) changed the project", err)
	}
}

func isKanji(r rune) bool { return unicode.Is(unicode.Han, r) }

// TestVariables makes, renames and deletes variables and lists with Scratch's rules for names.
func TestVariables(t *testing.T) {
	// Tsumi (sprite 0) has "set score", "change score", a list block and a "( ) of" asking the
	// stage for score; Hoshi (sprite 1) shows score.
	d := newDriver(t, project(t, `{"x": 20, "y": 20, "blocks": [
  {"id": "flag", "opcode": "event_whenflagclicked"},
  {"id": "set", "opcode": "data_setvariableto", "fields": {"VARIABLE": "score"}, "inputs": {"VALUE": "0"}},
  {"id": "loop", "opcode": "control_repeat", "inputs": {"TIMES": 3}, "stacks": {"SUBSTACK": [
    {"id": "inc", "opcode": "data_changevariableby", "fields": {"VARIABLE": "score"}, "inputs": {"VALUE": 1}},
    {"id": "say", "opcode": "looks_say", "inputs": {"MESSAGE": {"id": "v", "opcode": "data_variable", "fields": {"VARIABLE": "score"}}}}]}},
  {"id": "of", "opcode": "looks_say", "inputs": {"MESSAGE": {"id": "prop", "opcode": "sensing_of",
    "fields": {"PROPERTY": "score"}, "inputs": {"OBJECT": "_stage_"}}}}]}`), Options{})
	d.w.p.Sprites[1].Scripts = []blocks.Script{{X: 20, Y: 20, Blocks: []*blocks.Block{
		{ID: "show", Opcode: "data_showvariable", Fields: map[string]string{"VARIABLE": "score"}}}}}
	d.w.changed()
	before := d.json()

	refused(t, d, before, d.w.NewVariable("  ", true), "the name is empty")
	refused(t, d, before, d.w.NewVariable("score", false), `a variable named "score" already exists`)
	refused(t, d, before, d.w.NewVariable(strings.Repeat("あ", blocks.MaxNameLen+1), false), "the name is too long")
	must(t, d.w.NewVariable(" apples ", false)) // Tsumi's own
	if got := d.w.Project().Sprites[0].Variables; len(got) != 1 || got[0].Name != "apples" || !got[0].Monitor {
		t.Errorf("Tsumi's variables: %+v", got)
	}
	before = d.json()
	refused(t, d, before, d.w.NewVariable("apples", true), `a variable named "apples" already exists`) // a sprite has it
	must(t, d.w.SetTarget(1))
	must(t, d.w.NewVariable("apples", false)) // Hoshi may have its own apples too
	must(t, d.w.SetTarget(0))
	must(t, d.w.NewList("apples", true)) // lists and variables do not clash
	before = d.json()
	refused(t, d, before, d.w.NewList("apples", false), `a list named "apples" already exists`)
	refused(t, d, before, d.w.RenameVariable("apples", "score"), `a variable named "score" already exists`)
	refused(t, d, before, d.w.RenameVariable("pears", "plums"), `there is no variable "pears"`)
	refused(t, d, before, d.w.DeleteList("pears"), `there is no list "pears"`)

	// Renaming the stage's score renames every use, in every sprite, and the "of" asking for it.
	must(t, d.w.RenameVariable("score", "points"))
	got := scripts(d.w)
	for _, want := range []string{"set:setvariableto[0]", "say:say[v:variable]"} {
		if !strings.Contains(got, want) {
			t.Errorf("after the rename:\n%s", got)
		}
	}
	idx := d.w.Project().BlockIndex()
	for id, field := range map[string]string{"set": "VARIABLE", "inc": "VARIABLE", "v": "VARIABLE", "show": "VARIABLE", "prop": "PROPERTY"} {
		if v := idx[id].Fields[field]; v != "points" {
			t.Errorf("%s.%s = %q after the rename", id, field, v)
		}
	}

	// Deleting it deletes the blocks using it; the reporter leaves the say's slot empty.
	must(t, d.w.DeleteVariable("points"))
	if got, want := scripts(d.w), "20,20: flag:whenflagclicked loop:repeat[3]{ say:say[Hello!] } of:say[prop:of[_stage_]]\n"; got != want {
		t.Errorf("after deleting the variable:\n%s\nwant\n%s", got, want)
	}
	if len(d.w.Project().Sprites[1].Scripts) != 0 || len(d.w.Project().Stage.Variables) != 0 {
		t.Errorf("Hoshi's show variable or the variable itself stayed")
	}
	must(t, d.w.RenameList("apples", "basket"))
	must(t, d.w.DeleteList("basket"))
	must(t, d.w.NewMessage("jump"))
	before = d.json()
	refused(t, d, before, d.w.NewMessage("GO"), `a message named "go" already exists`)

	// Undo all of it.
	for d.w.CanUndo() {
		must(t, d.w.Undo())
	}
	if got := d.w.Project().BlockIndex()["show"]; got == nil || got.Fields["VARIABLE"] != "score" {
		t.Error("undo did not bring back Hoshi's block")
	}
}

// TestBlockOps deletes blocks, comments them and cleans up.
func TestBlockOps(t *testing.T) {
	d := newDriver(t, project(t, dragScripts), Options{})
	before := d.json()
	refused(t, d, before, d.w.DeleteBlock("nope"), "there is no block nope")
	// The definition is not used: it can go. Make it used first.
	must(t, d.w.SetLiteral("a", "STEPS", "3"))
	tests := []struct {
		id   string
		want string
	}{
		{"b", lines("20,20: flag:whenflagclicked a:movesteps[3] c:say[hi]", lineIf, lineEver, lineDef)},
		{"x", lines(lineFlag3("a:movesteps[3] c:say[hi]"), "400,20: iff:if[_]{ show:show } wt:wait[1]", lineEver, lineDef)},
		{"iff", lines(lineFlag3("a:movesteps[3] c:say[hi]"), "400,20: wt:wait[1]", lineEver, lineDef)},
		{"flag", lines("400,20: wt:wait[1]", lineEver, lineDef)},
		{"def", lines("400,20: wt:wait[1]", lineEver)},
	}
	for _, tc := range tests {
		must(t, d.w.DeleteBlock(tc.id))
		if got := scripts(d.w); got != tc.want {
			t.Errorf("deleting %s:\n%s\nwant\n%s", tc.id, got, tc.want)
		}
	}

	// A definition in use stays.
	d = newDriver(t, project(t, dragScripts), Options{})
	call := d.palette("procedures_call")
	d.dragBlock(call, PanePalette, PaneScripts, bottomOf(d.box("c")).Add(Point{2, 2}))
	before = d.json()
	refused(t, d, before, d.w.DeleteBlock("def"), "to delete a block definition")

	must(t, d.w.SetComment("a", "walks"))
	if d.w.Project().BlockIndex()["a"].Comment != "walks" {
		t.Error("no comment")
	}
	v := d.w.Version()
	must(t, d.w.SetComment("a", "walks"))
	if d.w.Version() != v {
		t.Error("the same comment counted as a change")
	}
	before = d.json()
	refused(t, d, before, d.w.SetComment("a", strings.Repeat("x", blocks.MaxTextLen+1)), "the text is too long")

	must(t, d.w.CleanUp())
	got := scripts(d.w)
	want := lines("20,20: flag:whenflagclicked a:movesteps[10] b:turnright[15] c:say[hi] b1:call",
		"20,324: iff:if[_]{ show:show } wt:wait[x:xposition]", "20,548: ever:forever{ fm:movesteps[5] }", "20,716: def:definition jy:changeyby[10]")
	if got != want {
		t.Errorf("after clean up:\n%s\nwant\n%s", got, want)
	}
	l := d.w.Layout()
	for i := 1; i < len(l.Scripts); i++ {
		for j := range i {
			a, b := l.Scripts[i].Bounds, l.Scripts[j].Bounds
			if a.Y < b.Y+b.H && b.Y < a.Y+a.H {
				t.Errorf("scripts %d and %d overlap after clean up", i, j)
			}
		}
	}
	v = d.w.Version()
	must(t, d.w.CleanUp())
	if d.w.Version() != v {
		t.Error("cleaning up clean scripts counted as a change")
	}
}

func lineFlag3(rest string) string { return "20,20: flag:whenflagclicked " + rest }

// TestMakeBlock makes custom blocks and edits one.
func TestMakeBlock(t *testing.T) {
	d := newDriver(t, project(t, dragScripts), Options{})
	before := d.json()
	refused(t, d, before, func() error { _, err := d.w.MakeBlock(ProcSpec{}); return err }(), "the block needs a name or an input")
	refused(t, d, before, func() error {
		_, err := d.w.MakeBlock(ProcSpec{Parts: []ProcPart{{ProcLabel, "jump"}, {ProcNumber, "height"}}})
		return err
	}(), `a block "jump ( )" already exists`)
	refused(t, d, before, func() error {
		_, err := d.w.MakeBlock(ProcSpec{Parts: []ProcPart{{ProcLabel, "go"}, {ProcNumber, "a"}, {ProcText, "a"}}})
		return err
	}(), `each input needs a name of its own: "a"`)
	refused(t, d, before, func() error {
		_, err := d.w.MakeBlock(ProcSpec{Parts: []ProcPart{{ProcLabel, "100%s"}}})
		return err
	}(), `the words of a block cannot hold "%s"`)

	spec := ProcSpec{Parts: []ProcPart{{ProcLabel, " say  twice "}, {ProcText, "word"}, {ProcLabel, "if"}, {ProcBoolean, "loud"}}}
	id, err := d.w.MakeBlock(spec)
	must(t, err)
	def := d.w.Project().BlockIndex()[id]
	if diff := cmp.Diff(&blocks.Proc{Code: "say twice %s if %b", Params: []string{"word", "loud"}}, def.Proc); diff != "" {
		t.Errorf("proc (-want +got):\n%s", diff)
	}
	got, err := d.w.ProcSpecOf(id)
	must(t, err)
	spec.Parts[0].Text = "say twice"
	if diff := cmp.Diff(spec, got); diff != "" {
		t.Errorf("spec (-want +got):\n%s", diff)
	}
	nb := d.w.Layout().Box(id)
	for _, s := range d.w.Layout().Scripts {
		if b := s.Bounds; s.Boxes[0] != nb && b.X < nb.Rect.X+nb.Rect.W && nb.Rect.X < b.X+b.W && b.Y < nb.Rect.Y+nb.Rect.H && nb.Rect.Y < b.Y+b.H {
			t.Errorf("the new definition at %+v overlaps a script at %+v", nb.Rect, b)
		}
	}

	// Edit "jump %n": add a boolean input, rename the block; the call keeps its value and the
	// parameter's reporter stays.
	d.dragBlock(d.palette("procedures_call"), PanePalette, PaneScripts, bottomOf(d.box("c")).Add(Point{2, 2}))
	callID := "b2"
	if d.w.Project().BlockIndex()[callID].Proc.Code != "jump %n" {
		t.Fatalf("the palette's first call is %+v", d.w.Project().BlockIndex()[callID].Proc)
	}
	must(t, d.w.SetLiteral(callID, "height", "7"))
	p := d.box("def").Part("height")
	d.drag(PaneScripts, p.Rect.Min().Add(Point{4, 10}), PaneScripts, slotAt(d, "jy", "DY").Add(Point{7, 12}))
	must(t, d.w.EditBlock("def", ProcSpec{Parts: []ProcPart{{ProcLabel, "hop"}, {ProcNumber, "height"}, {ProcBoolean, "twice"}}, Warp: true}))
	if got := scripts(d.w); !strings.Contains(got, "20,500: def:definition jy:changeyby[b3:reporter_string_number]") {
		t.Errorf("the parameter's reporter went:\n%s", got)
	}
	call := d.w.Project().BlockIndex()[callID]
	if call.Proc.Code != "hop %n %b" || call.Inputs["height"].Literal.Text != "7" || call.Inputs["twice"] != nil {
		t.Errorf("the call after the edit: %+v %+v", call.Proc, call.Inputs)
	}
	// Taking the input away takes its reporter out of the definition.
	must(t, d.w.EditBlock("def", ProcSpec{Parts: []ProcPart{{ProcLabel, "hop"}}}))
	if got := scripts(d.w); !strings.Contains(got, "def:definition jy:changeyby[10]") {
		t.Errorf("after taking the input away:\n%s", got)
	}
}

// TestSprites adds, renames, places and deletes sprites and costumes.
func TestSprites(t *testing.T) {
	d := newDriver(t, bareProject(t), Options{CostumeSize: func(m blocks.Media) (float64, float64, bool) { return 100, 50, true }})
	before := d.json()
	refused(t, d, before, func() error { _, err := d.w.AddSprite("Stage", blocks.Media{Library: "x"}); return err }(), `"Stage" cannot be the name of a sprite`)
	refused(t, d, before, d.w.RenameSprite(0, "_mouse_"), `"_mouse_" cannot be the name of a sprite`)
	refused(t, d, before, d.w.RenameSprite(0, ""), "the name is empty")
	refused(t, d, before, d.w.RenameSprite(5, "x"), "the project has no sprite number 6")
	refused(t, d, before, d.w.SetSprite(0, 0, 0, 100, nan()), "direction must be a number")
	refused(t, d, before, d.w.SetCostume(0, 1), "there is no costume number 2")

	i, err := d.w.AddSprite("", blocks.Media{Library: "tsumi-walk1"})
	must(t, err)
	j, err := d.w.AddSprite("", blocks.Media{Library: "tsumi-walk1"})
	must(t, err)
	ps := d.w.Project().Sprites
	if ps[i].Name != "Sprite1" || ps[j].Name != "Sprite2" || ps[j].Layer != 4 || ps[j].Costumes[0].Name != "costume1" || d.w.Target() != j {
		t.Errorf("added %+v and %+v, editing %d", ps[i], ps[j], d.w.Target())
	}
	must(t, d.w.RenameSprite(i, "Sprite2")) // taken: the next number
	if got := d.w.Project().Sprites[i].Name; got != "Sprite3" {
		t.Errorf("renamed to %q", got)
	}
	must(t, d.w.RenameSprite(0, "Tsumiki")) // Hoshi points towards it
	if got := d.w.Project().BlockIndex()["point"].Inputs["TOWARDS"].Literal.Text; got != "Tsumiki" {
		t.Errorf("Hoshi points towards %q", got)
	}

	must(t, d.w.SetSprite(0, 10, -20, 1000, -180))
	s := d.w.Project().Sprites[0]
	if s.X != 10 || s.Y != -20 || s.Size != 720 || s.Direction != 180 { // 1.5 × 360 / 50 = 10.8 at most
		t.Errorf("sprite after SetSprite: %g,%g size %g direction %g", s.X, s.Y, s.Size, s.Direction)
	}
	must(t, d.w.SetSprite(0, 10, -20, 1, 270))
	if s := d.w.Project().Sprites[0]; s.Size != 10 || s.Direction != -90 { // 5 pixels of 50
		t.Errorf("size %g direction %g", s.Size, s.Direction)
	}

	must(t, d.w.AddCostume(0, blocks.Media{Name: "walk1", Library: "tsumi-walk1"}))
	must(t, d.w.AddCostume(StageTarget, blocks.Media{Library: "sky"}))
	p := d.w.Project()
	if c := p.Sprites[0].Costumes; len(c) != 2 || c[1].Name != "walk2" || p.Sprites[0].Costume != 1 {
		t.Errorf("costumes %+v, wearing %d", c, p.Sprites[0].Costume)
	}
	if c := p.Stage.Costumes; len(c) != 2 || c[1].Name != "backdrop1" || p.Stage.Backdrop != 1 {
		t.Errorf("backdrops %+v, showing %d", c, p.Stage.Backdrop)
	}
	before = d.json()
	if err := d.w.AddCostume(0, blocks.Media{Name: "  "}); err == nil || d.json() != before { // blocks.Check: no library item or file
		t.Errorf("a costume with no picture: %v", err)
	}
	must(t, d.w.SetCostume(0, 0))
	must(t, d.w.SetCostume(StageTarget, 0))

	// Deleting Hoshi: Tsumiki's "go to Hoshi" goes to a random position again; the sprites
	// above it come down a layer.
	must(t, d.w.SetTarget(1))
	must(t, d.w.DeleteSprite(1))
	p = d.w.Project()
	if got := p.BlockIndex()["goto"].Inputs["TO"].Literal.Text; got != "_random_" {
		t.Errorf("go to %q", got)
	}
	var layers []int
	for _, s := range p.Sprites {
		layers = append(layers, s.Layer)
	}
	if !reflect.DeepEqual(layers, []int{1, 2, 3}) || d.w.Target() != 1 || p.Sprites[1].Name != "Sprite3" {
		t.Errorf("layers %v, editing %d (%s)", layers, d.w.Target(), p.Sprites[d.w.Target()].Name)
	}
	for d.w.CanUndo() {
		must(t, d.w.Undo())
	}
	if diff := cmp.Diff(before0(t), d.json()); diff != "" {
		t.Errorf("undoing everything (-want +got):\n%s", diff)
	}
}

func before0(t *testing.T) string {
	d := newDriver(t, bareProject(t), Options{})
	return d.json()
}

func nan() float64 { var z float64; return z / z }

// TestMessagesTranslated checks every message of the editor in Japanese and in hiragana: the
// hiragana text has no kanji.
func TestMessagesTranslated(t *testing.T) {
	texts := []blocks.Text{msgNoBlock, msgNoSlot, msgNoMenu, msgNotNumber, msgNotColor, msgNotChoice, msgFilled,
		msgBusy, msgNothing, msgNoRedo, msgNeeds, msgNoTarget, msgNameEmpty, msgNameLong, msgVarExists,
		msgListExists, msgMessageExists, msgNoVariable, msgNoList, msgTooMany, msgSpriteName, msgNoCostume,
		msgNotFinite, msgTextLong, msgProcEmpty, msgProcExists, msgParamName, msgProcLabel, msgProcParams,
		msgProcInUse, msgNotDef, whatVariables, whatLists, whatMessages, whatSprites, whatCostumes,
		buttonText(MakeVariableButton), buttonText(MakeListButton), buttonText(MakeBlockButton)}
	for _, m := range []blocks.Menu{blocks.Static, blocks.VariableOf, blocks.ListOf, blocks.CostumeOf, blocks.BackdropOf,
		blocks.SoundOf, blocks.SpriteOf, blocks.MessageOf, blocks.ParamOf} {
		texts = append(texts, menuNeed(m))
	}
	for _, tx := range texts {
		if tx.En == "" || tx.Ja == "" || tx.Hira == "" {
			t.Errorf("%q is not in every language", tx.En)
		}
		if strings.ContainsFunc(tx.Hira, isKanji) {
			t.Errorf("the hiragana of %q has kanji: %q", tx.En, tx.Hira)
		}
	}
}

// TestSetTarget switches targets: the palette and layout follow, the history stays.
func TestSetTarget(t *testing.T) {
	d := newDriver(t, project(t, dragScripts), Options{})
	must(t, d.w.SetLiteral("a", "STEPS", "3"))
	v := d.w.Version()
	must(t, d.w.SetTarget(1))
	if d.w.Version() != v || len(d.w.Layout().Boxes) != 0 || !d.w.CanUndo() {
		t.Errorf("after SetTarget: version %d, %d boxes, can undo %v", d.w.Version(), len(d.w.Layout().Boxes), d.w.CanUndo())
	}
	if err := d.w.SetTarget(2); err == nil {
		t.Error("SetTarget(2) with two sprites")
	}
	d.dragBlock(d.palette("looks_show"), PanePalette, PaneScripts, Point{50, 50})
	if len(d.w.Project().Sprites[1].Scripts) != 1 {
		t.Error("the drop did not go to Hoshi")
	}
	must(t, d.w.Undo())
	must(t, d.w.Undo()) // the typing on Tsumi: back to Tsumi
	if d.w.Target() != 0 || d.w.Layout().Box("a").Part("STEPS").Text != "10" {
		t.Errorf("undo left the workspace on %d", d.w.Target())
	}
}
