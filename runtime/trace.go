package runtime

// Event is one line of the trace: something a program did that a person would notice.
type Event struct {
	Tick   int64  `json:"tick"`
	Kind   string `json:"kind"` // say, think, ask, broadcast, sound, error
	Target string `json:"target,omitempty"`
	Text   string `json:"text,omitempty"`
	Block  string `json:"block,omitempty"`
}

func (rt *Runtime) emit(e Event) {
	if rt.opts.Trace == nil {
		return
	}
	e.Tick = rt.tick
	rt.opts.Trace(e)
}
