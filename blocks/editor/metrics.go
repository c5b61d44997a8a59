package editor

// Metrics are the sizes of the parts of blocks, in workspace units. DefaultMetrics follows
// Scratch 3's blocks at zoom 1; a renderer scales the whole workspace rather than the metrics.
type Metrics struct {
	FontSize float64 // labels and the text in slots and dropdowns

	PadX, PadY float64 // around the row of parts inside a stack, hat, cap or C block
	Gap        float64 // between the parts of a row

	MinStackW, MinStackH float64 // a stack block; also a C block's top arm
	HatCap               float64 // a hat's rounded top, above its body
	MinHatW              float64

	MinCW      float64 // a C block
	ArmW       float64 // a C block's left side, which the inner stacks sit against
	MinMouthH  float64 // an empty mouth of a C block
	BottomArmH float64 // the bar under a C block's last mouth, and the least height of "else"

	MinReporterW, MinReporterH float64 // round and hexagonal blocks
	ReporterPadX               float64 // inside a round block's ends
	BooleanPadX                float64 // inside a hexagonal block's points
	ReporterPadY               float64

	SlotH      float64 // a round or hexagonal slot, a dropdown, a colour swatch
	MinSlotW   float64 // a round slot holding little or no text
	SlotPadX   float64 // between the text in a slot or dropdown and its ends
	BoolSlotW  float64 // an empty hexagonal slot
	ColorSlotW float64
	ArrowW     float64 // a dropdown's arrow

	NotchX, NotchW, NotchH float64 // the notch on top of a stack block and the tab under it

	PaletteX, PaletteY, PaletteGap float64 // the palette's first block and the space between blocks
}

// DefaultMetrics returns Scratch's sizes: stack blocks 48 units high, reporters 40, slots 32,
// text at 16 units (Scratch's 12 pt), C blocks at least 160 wide with a 16-unit arm.
func DefaultMetrics() Metrics {
	return Metrics{
		FontSize: 16,
		PadX:     8, PadY: 8, Gap: 8,
		MinStackW: 64, MinStackH: 48,
		HatCap: 16, MinHatW: 100,
		MinCW: 160, ArmW: 16, MinMouthH: 24, BottomArmH: 24,
		MinReporterW: 48, MinReporterH: 40,
		ReporterPadX: 12, BooleanPadX: 20, ReporterPadY: 4,
		SlotH: 32, MinSlotW: 40, SlotPadX: 12, BoolSlotW: 40, ColorSlotW: 40, ArrowW: 12,
		NotchX: 12, NotchW: 32, NotchH: 8,
		PaletteX: 12, PaletteY: 12, PaletteGap: 16,
	}
}
