package runtime

import (
	"encoding/json"
	"fmt"
	"io"

	"tsumiki/blocks"
)

// Headless describes a run with no window: what to run it with and for how long.
type Headless struct {
	Options
	Inputs   []Input // replayed at their ticks
	MaxTicks int64   // stop after this many ticks even if scripts still run
	// Sound, when set, mixes the project's sound and receives each tick's samples (see
	// Runtime.Samples); the run then also lasts until the last sound ends.
	Sound func(samples []float32)
}

// RunHeadless clicks the green flag, runs p until every script ends or MaxTicks pass, and writes
// the trace (one JSON object a line) followed by the final state (indented JSON) to w. The same
// project, options and inputs always write the same bytes.
func RunHeadless(p *blocks.Project, h Headless, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var werr error
	opts := h.Options
	opts.Sound = opts.Sound || h.Sound != nil
	opts.Trace = func(e Event) {
		if err := enc.Encode(e); err != nil && werr == nil {
			werr = err
		}
	}
	rt, err := New(p, opts)
	if err != nil {
		return err
	}
	defer rt.Close()
	for _, in := range h.Inputs {
		rt.Send(in)
	}
	rt.GreenFlag()
	if h.Sound == nil {
		rt.Run(h.MaxTicks)
	} else {
		for n := int64(0); n < h.MaxTicks; {
			n += rt.Run(1)
			h.Sound(rt.Samples())
			if !rt.busy() {
				break
			}
		}
	}
	out, err := json.MarshalIndent(rt.State(), "", "  ")
	if err != nil {
		return fmt.Errorf("writing the final state: %w", err)
	}
	if _, err := fmt.Fprintf(w, "%s\n", out); err != nil {
		return err
	}
	return werr
}
