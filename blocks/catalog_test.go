package blocks

import (
	"strings"
	"testing"
)

// scratchBlocks lists the Scratch 3 blocks of the categories Tsumiki covers, by their opcodes.
var scratchBlocks = []string{
	// motion
	"motion_movesteps", "motion_turnright", "motion_turnleft", "motion_goto", "motion_gotoxy",
	"motion_glideto", "motion_glidesecstoxy", "motion_pointindirection", "motion_pointtowards",
	"motion_changexby", "motion_setx", "motion_changeyby", "motion_sety", "motion_ifonedgebounce",
	"motion_setrotationstyle", "motion_xposition", "motion_yposition", "motion_direction",
	// looks
	"looks_sayforsecs", "looks_say", "looks_thinkforsecs", "looks_think", "looks_switchcostumeto",
	"looks_nextcostume", "looks_switchbackdropto", "looks_switchbackdroptoandwait", "looks_nextbackdrop",
	"looks_changesizeby", "looks_setsizeto", "looks_changeeffectby", "looks_seteffectto",
	"looks_cleargraphiceffects", "looks_show", "looks_hide", "looks_gotofrontback",
	"looks_goforwardbackwardlayers", "looks_costumenumbername", "looks_backdropnumbername", "looks_size",
	// sound
	"sound_playuntildone", "sound_play", "sound_stopallsounds", "sound_changeeffectby",
	"sound_seteffectto", "sound_cleareffects", "sound_changevolumeby", "sound_setvolumeto", "sound_volume",
	// events
	"event_whenflagclicked", "event_whenkeypressed", "event_whenthisspriteclicked", "event_whenstageclicked",
	"event_whenbackdropswitchesto", "event_whengreaterthan", "event_whenbroadcastreceived",
	"event_broadcast", "event_broadcastandwait", "event_whentouchingobject",
	// control
	"control_wait", "control_repeat", "control_forever", "control_if", "control_if_else",
	"control_wait_until", "control_repeat_until", "control_stop", "control_start_as_clone",
	"control_create_clone_of", "control_delete_this_clone",
	// sensing
	"sensing_touchingobject", "sensing_touchingcolor", "sensing_coloristouchingcolor",
	"sensing_distanceto", "sensing_askandwait", "sensing_answer", "sensing_keypressed",
	"sensing_mousedown", "sensing_mousex", "sensing_mousey", "sensing_setdragmode", "sensing_loudness",
	"sensing_timer", "sensing_resettimer", "sensing_of", "sensing_current", "sensing_dayssince2000",
	"sensing_username",
	// operators
	"operator_add", "operator_subtract", "operator_multiply", "operator_divide", "operator_random",
	"operator_gt", "operator_lt", "operator_equals", "operator_and", "operator_or", "operator_not",
	"operator_join", "operator_letter_of", "operator_length", "operator_contains", "operator_mod",
	"operator_round", "operator_mathop",
	// variables and lists
	"data_variable", "data_setvariableto", "data_changevariableby", "data_showvariable",
	"data_hidevariable", "data_listcontents", "data_addtolist", "data_deleteoflist",
	"data_deletealloflist", "data_insertatlist", "data_replaceitemoflist", "data_itemoflist",
	"data_itemnumoflist", "data_lengthoflist", "data_listcontainsitem", "data_showlist", "data_hidelist",
	// custom blocks
	"procedures_definition", "procedures_call", "argument_reporter_string_number", "argument_reporter_boolean",
	// pen
	"pen_clear", "pen_stamp", "pen_penDown", "pen_penUp", "pen_setPenColorToColor",
	"pen_changePenColorParamBy", "pen_setPenColorParamTo", "pen_changePenSizeBy", "pen_setPenSizeTo",
}

func TestCatalogCoversScratch(t *testing.T) {
	for _, op := range scratchBlocks {
		if Lookup(op) == nil {
			t.Errorf("Scratch block %s is missing from the catalog", op)
		}
	}
}

// TestLabelsNameEverySlot checks that each label, in each language, shows every input and
// field exactly once, so the editor can draw the block and the child can fill it in.
func TestLabelsNameEverySlot(t *testing.T) {
	for _, d := range All() {
		for _, lang := range []Lang{English, Japanese, Hiragana} {
			label := d.Label.In(lang)
			if strings.TrimSpace(label) == "" {
				t.Errorf("%s has no %s label", d.Opcode, lang)
				continue
			}
			var slots []string
			for _, in := range d.Inputs {
				slots = append(slots, in.Name)
			}
			for _, f := range d.Fields {
				slots = append(slots, f.Name)
			}
			for _, s := range slots {
				if n := strings.Count(label+" ", "%"+s+" ") + strings.Count(label, "%"+s+"\u3000"); n == 0 && !strings.Contains(label, "%"+s) {
					t.Errorf("%s (%s): label %q does not show slot %s", d.Opcode, lang, label, s)
				}
			}
		}
		if d.Label.Hira == "" || d.Label.Ja == "" {
			t.Errorf("%s lacks a Japanese or hiragana label", d.Opcode)
		}
	}
}

// TestHiraganaLabelsHaveNoKanji keeps the hiragana labels readable by children who do not read
// kanji yet.
func TestHiraganaLabelsHaveNoKanji(t *testing.T) {
	for _, d := range All() {
		for _, r := range d.Label.Hira {
			if r >= 0x4E00 && r <= 0x9FFF {
				t.Errorf("%s: hiragana label %q has the kanji %q", d.Opcode, d.Label.Hira, r)
				break
			}
		}
		for _, f := range d.Fields {
			for _, o := range f.Options {
				for _, r := range o.Label.Hira {
					if r >= 0x4E00 && r <= 0x9FFF {
						t.Errorf("%s: option %q hiragana label %q has kanji", d.Opcode, o.Value, o.Label.Hira)
						break
					}
				}
			}
		}
	}
}

func TestShapesAreConsistent(t *testing.T) {
	for _, d := range All() {
		switch d.Shape {
		case C:
			if len(d.Stacks) != 1 {
				t.Errorf("%s is a C block with %d stacks", d.Opcode, len(d.Stacks))
			}
		case CElse:
			if len(d.Stacks) != 2 {
				t.Errorf("%s is a C-else block with %d stacks", d.Opcode, len(d.Stacks))
			}
		case Boolean:
			if d.Result != BoolType {
				t.Errorf("%s is hexagonal but its result type is %v", d.Opcode, d.Result)
			}
		}
	}
}

func TestDescribeFillsSlots(t *testing.T) {
	b := &Block{ID: "a", Opcode: "looks_changeeffectby", Fields: map[string]string{"EFFECT": "GHOST"},
		Inputs: map[string]*Input{"CHANGE": {Literal: &Value{Text: "25", IsNumber: true}}}}
	for lang, want := range map[Lang]string{
		English:  "change ghost effect by 25",
		Japanese: "幽霊 の効果を 25 ずつ変える",
		Hiragana: "ゆうれい の こうかを 25 ずつ かえる",
	} {
		if got := Describe(b, lang); got != want {
			t.Errorf("Describe in %s = %q, want %q", lang, got, want)
		}
	}
}
