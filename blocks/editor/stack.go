package editor

import "tsumiki/blocks"

// LayoutStack lays out one stack of blocks on its own, outside any workspace, with its first
// block's top-left at 0, 0: the picture of the blocks a lesson's step asks for. It lays the
// blocks out exactly as a workspace with the same options would; custom block calls show no
// parameters, having no definition to take them from. The blocks are not checked.
func LayoutStack(stack []*blocks.Block, opts Options) *Layout {
	if opts.Measure == nil {
		opts.Measure = FixedMeasurer
	}
	m := DefaultMetrics()
	if opts.Metrics != nil {
		m = *opts.Metrics
	}
	lo := &layouter{m: &m, lang: opts.Lang, w: &widths{measure: opts.Measure}, labels: make(map[string][]token)}
	return lo.layout([]stackAt{{blocks: stack}})
}
