// Package blocks holds a Tsumiki project: its model, its file format, the block catalog and the
// checks a project must pass before it runs.
//
// # The file format
//
// A project is one JSON file, by custom ending in .tsumiki, written to be read and edited by
// people. Save writes it in one canonical form (two-space indent, keys in a fixed order, numbers
// as they were written), so loading a saved file and saving it again gives the same bytes.
//
//	{
//	  "format": 1,                        // FormatVersion; other versions are refused
//	  "name": "Counting",
//	  "tickRate": 60,                     // optional: 30 (the default) or 60 ticks a second
//	  "messages": ["ping", "pong"],       // broadcast messages
//	  "stage": {
//	    "backdrop": 0,                    // index of the current backdrop
//	    "variables": [{"name": "score", "value": 0}],     // for all sprites
//	    "lists": [{"name": "bag", "items": ["water", 3]}],
//	    "costumes": [{"name": "sky", "library": "sky"}],  // the backdrops
//	    "sounds": [],
//	    "scripts": []
//	  },
//	  "sprites": [{
//	    "name": "Tsumi",
//	    "x": 0, "y": 0, "direction": 90, "size": 100, "visible": true,
//	    "draggable": false, "rotationStyle": "all around", "costume": 0, "layer": 1,
//	    "variables": [], "lists": [],     // for this sprite only (each clone has its own)
//	    "costumes": [{"name": "walk1", "library": "tsumi-walk1"},
//	                 {"name": "me", "file": "pictures/me.png", "centerX": 40, "centerY": 50}],
//	    "sounds": [{"name": "hello", "file": "hello.mp3"},
//	               {"name": "meow", "file": "meow.wav", "data": "UklGRiQAAABXQVZF…"}],
//	    "scripts": [{"x": 20, "y": 20, "blocks": [ …blocks… ]}]
//	  }]
//	}
//
// A script is a stack of blocks with its place on the workspace; its first block is a hat, or
// the stack is loose and does not run. A block is
//
//	{"id": "b7", "opcode": "motion_movesteps", "inputs": {"STEPS": 10}}
//
// with, as its opcode needs: "fields" (dropdowns and the names of variables, lists and
// messages, as text), "inputs" (each a number, a text, or a reporter block object; null is an
// empty slot, allowed only where a hexagonal block would go), "stacks" ("SUBSTACK" and
// "SUBSTACK2" of C blocks, each a list of blocks), "proc" for custom blocks and "comment". Block
// ids must be unique in the project. Opcodes are Scratch 3's names; Lookup gives each block's
// definition, and the catalog tables in cat_*.go list them all.
//
// Custom blocks: a script starts with procedures_definition whose "proc" is
//
//	{"code": "jump %n times saying %s", "params": ["times", "word"], "warp": true}
//
// where %n, %s and %b are a number, a text and a boolean parameter, named in order by params,
// and warp means "run without screen refresh". A procedures_call block names the same code in
// its proc and fills its inputs by parameter name. Inside the definition the parameters are
// argument_reporter_string_number and argument_reporter_boolean blocks with the field VALUE.
//
// A costume, backdrop or sound names exactly one of "library", an item of the built-in
// library, or "file". A file is either a path below the project's folder, with forward slashes
// (a path that would leave the folder is refused), or, with "data", a file embedded in the
// project: "data" holds its bytes in standard base64 and "file" is its original name, a plain
// name without folders, whose extension says its format (.png, .jpg, .svg, .mp3, .wav). A
// project whose media are all embedded or from the library is one file that can be carried
// anywhere. "data" comes last in its object, so the lines above it stay readable.
//
// Because blocks nest inside one another, a file cannot describe a cycle of blocks; everything
// else a file can get wrong (an unknown opcode, a missing input, an id used twice, a name that
// does not exist, sizes past the limits) is reported by Check as a Problem naming the sprite,
// the script and the block, in English, Japanese and hiragana.
package blocks
