// Package lesson reads lessons and runs their checks, with no window.
//
// A lesson is a file named <id>.lesson.json beside two project files: the project a child
// starts from and the finished one. It lists step cards, each with its text in English,
// Japanese and hiragana, the blocks to draw on the card, the palette narrowed to the blocks
// the step needs, and a check the app runs to say "well done". A check is about the blocks
// ("a repeat with a move inside") or about what the project does when it runs ("after 3
// seconds Tsumi is right of x = 100"). examples/lessons/README.md describes the format for
// facilitators, with a worked example.
//
//	{
//	  "format": 1,
//	  "id": "01-first-steps",
//	  "title": {"en": "First steps", "ja": "はじめの一歩", "hira": "はじめの いっぽ"},
//	  "length": {"seconds": 3, "minutes": 30},
//	  "start": "01-first-steps.start.tsumiki",
//	  "solution": "01-first-steps.solution.tsumiki",
//	  "inputs": [{"tick": 5, "kind": "keydown", "key": "space"}],
//	  "expect": [{"sprite": "Tsumi", "x": 0, "said": "Hello!"}],
//	  "steps": [{
//	    "text": {"en": "…", "ja": "…", "hira": "…"},
//	    "blocks": [{"opcode": "event_whenflagclicked"},
//	               {"opcode": "control_repeat", "inputs": {"TIMES": 10},
//	                "inside": [{"opcode": "motion_movesteps"}]}],
//	    "palette": ["event_whenflagclicked", "control_repeat", "motion_movesteps"],
//	    "check": {"sprite": "Tsumi", "contains": {"opcode": "control_repeat",
//	              "inside": [{"opcode": "motion_movesteps"}]}}
//	  }]
//	}
//
// Parse reads a lesson file and Load reads it with its projects; every problem names the
// file, the line and column, and the entry, in each language. Lesson.Verify runs the solution
// for the lesson's length and checks what it expects; Lesson.CheckStep and Check.Eval run a
// step's check. Runs use the runtime's virtual clock, so they are exact and repeatable.
package lesson
