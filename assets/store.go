package assets

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"io"
	"io/fs"
	"path"
	"strings"
	"sync"

	"tsumiki/blocks"
	"tsumiki/stage"
	"tsumiki/stage/sound"
)

// Limits that keep a hostile or mistaken project from using too much memory.
const (
	MaxPictureBytes = 8 << 20    // size of one picture file
	MaxSoundBytes   = 16 << 20   // size of one sound file
	MaxPictureSide  = 4096       // width or height of one picture, in pixels
	MaxPixels       = 32_000_000 // pixels of all the decoded pictures one Store holds
	MaxSoundSeconds = 10 * 60    // length of one sound
	MaxSamples      = 64 << 20   // decoded samples of all the sounds one Store holds (256 MB)
)

// Asset keys name a picture or a sound: "library:NAME" for a library item, "file:PATH" for a
// file below the project's folder, and "data:HASH.EXT" for a file embedded in the project,
// by the SHA-256 of its bytes and its extension, so that the same bytes are read once. (A
// picture embedded with a name such as "cat@2x.png" has "@2x" before the extension.)
const (
	libraryPrefix = "library:"
	filePrefix    = "file:"
	dataPrefix    = "data:"
)

// Store resolves media for one project: items of the built-in library, files below the
// project's folder and files embedded in the project. It caches what it has read, and is
// safe for use by several goroutines.
//
// The bytes of an embedded file must not change once the Store has seen them: it knows them
// again by where they are.
type Store struct {
	files      fs.FS
	maxPixels  int
	maxSamples int

	mu       sync.Mutex
	infos    map[string]pictureInfo  // by asset key
	images   map[string]image.Image  // by asset key
	masks    map[string]*stage.Mask  // by asset key
	pixels   int                     // pixels in images
	clips    map[string]*sound.Clip  // by asset key
	samples  int                     // samples in clips
	embedded map[string]embeddedFile // by asset key
	hashes   map[dataRef]string      // hex SHA-256 of embedded bytes already seen
}

// embeddedFile is a file held in the project.
type embeddedFile struct {
	name string // its original name, for its format and for messages
	data []byte
}

// dataRef is where the bytes of an embedded file are, to find their hash again cheaply.
type dataRef struct {
	first *byte
	n     int
}

// pictureInfo is what a picture's header says.
type pictureInfo struct {
	width, height int     // in pixels
	scale         float64 // pixels a stage pixel: Scratch's bitmap resolution
}

// NewStore returns a Store that reads project files from files, which may be nil for a
// project with no folder (one that only uses the library).
//
// files should not follow links out of the project's folder: os.OpenRoot(dir).FS() does not,
// while os.DirFS(dir) does. Either way a path in a project file can never name a file above
// the folder, as fs.FS paths have no "..".
func NewStore(files fs.FS) *Store {
	return &Store{
		files:      files,
		maxPixels:  MaxPixels,
		maxSamples: MaxSamples,
		infos:      make(map[string]pictureInfo),
		images:     make(map[string]image.Image),
		masks:      make(map[string]*stage.Mask),
		clips:      make(map[string]*sound.Clip),
		embedded:   make(map[string]embeddedFile),
		hashes:     make(map[dataRef]string),
	}
}

// Costume returns the geometry of the costume or backdrop m of the named target ("Stage" or
// a sprite's name).
//
// The size is in stage pixels. Library pictures are drawn at 2x, as Scratch's bitmap
// resolution 2 is, so their size on the stage is half their size in pixels. A PNG or JPEG
// file is shown one stage pixel a pixel, unless its name ends in "@2x", as "cat@2x.png"
// does. An SVG file is as large on the stage as its width and height (or viewBox) say, and
// is drawn at 2x. The rotation centre is m's when it gives one, else the library item's
// own, else the middle of the picture. Asset is the key Image takes.
//
// Mask is the picture's alpha mask, for pixel-exact touching. Making it decodes the
// picture, so a damaged picture, or one past the Store's pixel limit, is an error here
// already. The mask is made once per picture and shared by every costume that shows it.
//
// Errors are *Error.
func (s *Store) Costume(target string, m blocks.Media) (stage.Costume, error) {
	c, err := s.costume(m)
	if err != nil {
		return stage.Costume{}, about(err, target, m)
	}
	return c, nil
}

func (s *Store) costume(m blocks.Media) (stage.Costume, error) {
	s.mu.Lock()
	key, item, err := s.mediaKey(m, true)
	var info pictureInfo
	if err == nil {
		info, err = s.pictureInfo(key)
	}
	var mask *stage.Mask
	if err == nil {
		mask, err = s.mask(key, info)
	}
	s.mu.Unlock()
	if err != nil {
		return stage.Costume{}, err
	}
	c := stage.Costume{
		Name:   m.Name,
		Width:  float64(info.width) / info.scale,
		Height: float64(info.height) / info.scale,
		Asset:  key,
		Mask:   mask,
	}
	c.CenterX, c.CenterY = c.Width/2, c.Height/2
	if item != nil {
		c.CenterX, c.CenterY = item.CenterX, item.CenterY
	}
	if m.CenterX != nil {
		c.CenterX = *m.CenterX
	}
	if m.CenterY != nil {
		c.CenterY = *m.CenterY
	}
	return c, nil
}

// libraryDelay is the silence that the MP3 encoder (576 frames) and decoder (529) put before
// every library sound, all encoded the same way by assets/gen. The library's sounds start
// without it, so that "play until done" waits just the sound's length. A child's own MP3
// keeps whatever its encoder put there, as it does in Scratch.
const libraryDelay = 576 + 529

// Sound returns the decoded sound m of the named target: an MP3 or WAV file, embedded or
// beside the project, or a library sound. It is decoded once and shared by every caller,
// which must not change it. Errors are *Error.
func (s *Store) Sound(target string, m blocks.Media) (*sound.Clip, error) {
	c, err := s.sound(m)
	if err != nil {
		return nil, about(err, target, m)
	}
	return c, nil
}

func (s *Store) sound(m blocks.Media) (*sound.Clip, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	key, item, err := s.mediaKey(m, false)
	if err != nil {
		return nil, err
	}
	if c, ok := s.clips[key]; ok {
		return c, nil
	}
	name, format, data, err := s.soundData(key, item, m)
	if err != nil {
		return nil, err
	}
	c, err := format.read(name, data)
	if err != nil {
		return nil, err
	}
	if item != nil {
		c.Samples = c.Samples[min(len(c.Samples), libraryDelay*c.Channels):]
	}
	if n := len(c.Samples); s.samples+n > s.maxSamples {
		return nil, newError(nil, msgTooMuchSound, name)
	}
	s.clips[key] = c
	s.samples += len(c.Samples)
	return c, nil
}

// soundData reads the sound m, whose asset key is key and library item item (or nil). name
// is how messages call it: the library item's name or the file's path or name. s.mu must be
// held.
func (s *Store) soundData(key string, item *Item, m blocks.Media) (name string, format *soundFormat, data []byte, err error) {
	switch {
	case item != nil:
		if data, err = library.ReadFile(item.file()); err != nil {
			return "", nil, nil, newError(err, msgNoItem, item.Name)
		}
		return item.Name, soundFormatOf(item.file()), data, nil
	case m.Embedded():
		f := s.embedded[key]
		if format = soundFormatOf(f.name); format == nil {
			return "", nil, nil, newError(nil, msgSoundKind, f.name)
		}
		if len(f.data) > MaxSoundBytes {
			return "", nil, nil, newError(nil, msgFileTooBig, f.name, sizeText(int64(len(f.data))), sizeText(MaxSoundBytes))
		}
		return f.name, format, f.data, nil
	}
	if format = soundFormatOf(m.File); format == nil {
		return "", nil, nil, newError(nil, msgSoundKind, m.File)
	}
	data, err = s.readFile(m.File, MaxSoundBytes)
	return m.File, format, data, err
}

// Image returns the decoded picture for an asset key from Costume. The Store keeps it, so
// asking again is cheap and returns the same image. Errors are *Error.
func (s *Store) Image(asset string) (image.Image, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.image(asset)
}

// mask returns the alpha mask of the picture with the asset key, made once. s.mu must be
// held.
func (s *Store) mask(asset string, info pictureInfo) (*stage.Mask, error) {
	if m, ok := s.masks[asset]; ok {
		return m, nil
	}
	img, err := s.image(asset)
	if err != nil {
		return nil, err
	}
	m := stage.NewMask(img, info.scale)
	s.masks[asset] = m
	return m, nil
}

// image is Image with s.mu held.
func (s *Store) image(asset string) (image.Image, error) {
	if img, ok := s.images[asset]; ok {
		return img, nil
	}
	info, err := s.pictureInfo(asset)
	if err != nil {
		return nil, err
	}
	name, format, data, err := s.pictureData(asset)
	if err != nil {
		return nil, err
	}
	if n := info.width * info.height; s.pixels+n > s.maxPixels {
		return nil, newError(nil, msgTooManyPixels, name, s.maxPixels/1_000_000)
	}
	img, err := format.decode(data)
	if err != nil {
		return nil, pictureError(err, format, name)
	}
	if b := img.Bounds(); b.Dx() != info.width || b.Dy() != info.height {
		return nil, newError(nil, msgPictureDamaged, name)
	}
	s.images[asset] = img
	s.pixels += info.width * info.height
	return img, nil
}

// mediaKey returns the asset key of m, and its library item when it is one. It checks that
// m names exactly one library item or file, and that the item is of the right kind. An
// embedded file is kept under its key. s.mu must be held.
func (s *Store) mediaKey(m blocks.Media, picture bool) (string, *Item, error) {
	if (m.Library == "") == (m.File == "") {
		return "", nil, newError(nil, msgRef)
	}
	if m.File != "" {
		if !fs.ValidPath(m.File) || m.File == "." {
			return "", nil, newError(nil, msgBadPath, m.File)
		}
		if m.Embedded() {
			return s.dataKey(m), nil, nil
		}
		return filePrefix + m.File, nil, nil
	}
	item, ok := Lookup(m.Library)
	switch {
	case !ok:
		return "", nil, newError(nil, msgNoItem, m.Library)
	case picture && !item.Kind.isPicture():
		return "", nil, newError(nil, msgItemIsSound, m.Library)
	case !picture && item.Kind.isPicture():
		return "", nil, newError(nil, msgItemIsPicture, m.Library)
	}
	return libraryPrefix + item.Name, &item, nil
}

// dataKey returns the asset key of an embedded file, and keeps the file under it. s.mu
// must be held.
func (s *Store) dataKey(m blocks.Media) string {
	ref := dataRef{n: len(m.Data)}
	if len(m.Data) > 0 {
		ref.first = &m.Data[0]
	}
	sum, ok := s.hashes[ref]
	if !ok {
		h := sha256.Sum256(m.Data)
		sum = hex.EncodeToString(h[:])
		s.hashes[ref] = sum
	}
	ext := strings.ToLower(path.Ext(m.File))
	if isDoubleResolution(m.File) {
		ext = "@2x" + ext
	}
	key := dataPrefix + sum + ext
	if _, ok := s.embedded[key]; !ok {
		s.embedded[key] = embeddedFile{name: m.File, data: m.Data}
	}
	return key
}

// pictureInfo reads the header of the picture with the asset key and checks its size.
// s.mu must be held.
func (s *Store) pictureInfo(key string) (pictureInfo, error) {
	if info, ok := s.infos[key]; ok {
		return info, nil
	}
	name, format, data, err := s.pictureData(key)
	if err != nil {
		return pictureInfo{}, err
	}
	if !format.sniff(data) {
		return pictureInfo{}, newError(nil, format.notMsg, name)
	}
	cfg, err := format.config(data)
	if err != nil {
		return pictureInfo{}, pictureError(err, format, name)
	}
	switch {
	case cfg.Width <= 0 || cfg.Height <= 0:
		return pictureInfo{}, newError(nil, msgPictureEmpty, name)
	case cfg.Width > MaxPictureSide || cfg.Height > MaxPictureSide:
		return pictureInfo{}, newError(nil, msgPictureTooLarge, name, cfg.Width, cfg.Height, MaxPictureSide)
	}
	info := pictureInfo{width: cfg.Width, height: cfg.Height, scale: 1}
	switch {
	case format.vector:
		info.scale = svgScale
	case strings.HasPrefix(key, libraryPrefix) || isDoubleResolution(name):
		info.scale = 2
	}
	s.infos[key] = info
	return info, nil
}

// pictureError says what is wrong with the picture name, of format, from the error of its
// reader.
func pictureError(err error, format *pictureFormat, name string) *Error {
	var size *sizeError
	switch {
	case errors.As(err, &size):
		return newError(err, msgPictureTooLarge, name, size.w, size.h, size.limit)
	case errors.Is(err, errNotFormat):
		return newError(err, format.notMsg, name)
	case errors.Is(err, errSVGNoSize):
		return newError(err, msgSVGNoSize, name)
	case errors.Is(err, errSVGTooComplex):
		return newError(err, msgSVGTooComplex, name)
	}
	return newError(err, msgPictureDamaged, name)
}

// pictureData reads the picture with the asset key. name is how messages call it: the
// library item's name or the file's path or name. s.mu must be held.
func (s *Store) pictureData(key string) (name string, format *pictureFormat, data []byte, err error) {
	if item, ok := strings.CutPrefix(key, libraryPrefix); ok {
		it, ok := Lookup(item)
		if !ok || !it.Kind.isPicture() {
			return "", nil, nil, newError(nil, msgNoPicture, key)
		}
		data, err := library.ReadFile(it.file())
		if err != nil {
			return "", nil, nil, newError(err, msgNoItem, it.Name)
		}
		return it.Name, pictureFormatOf(it.file()), data, nil
	}
	if strings.HasPrefix(key, dataPrefix) {
		f, ok := s.embedded[key]
		if !ok {
			return "", nil, nil, newError(nil, msgNoPicture, key)
		}
		if format = pictureFormatOf(f.name); format == nil {
			return "", nil, nil, newError(nil, msgPictureKind, f.name)
		}
		if len(f.data) > MaxPictureBytes {
			return "", nil, nil, newError(nil, msgFileTooBig, f.name, sizeText(int64(len(f.data))), sizeText(MaxPictureBytes))
		}
		return f.name, format, f.data, nil
	}
	file, ok := strings.CutPrefix(key, filePrefix)
	if !ok {
		return "", nil, nil, newError(nil, msgNoPicture, key)
	}
	if format = pictureFormatOf(file); format == nil {
		return "", nil, nil, newError(nil, msgPictureKind, file)
	}
	data, err = s.readFile(file, MaxPictureBytes)
	return file, format, data, err
}

// readFile reads the project file name, refusing folders and files larger than limit bytes.
func (s *Store) readFile(name string, limit int64) ([]byte, error) {
	if s.files == nil {
		return nil, newError(nil, msgNoFolder, name)
	}
	if !fs.ValidPath(name) || name == "." {
		return nil, newError(nil, msgBadPath, name)
	}
	f, err := s.files.Open(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, newError(err, msgNoFile, name)
	case errors.Is(err, fs.ErrInvalid):
		return nil, newError(err, msgBadPath, name)
	case err != nil:
		return nil, newError(err, msgCannotRead, name)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, newError(err, msgCannotRead, name)
	}
	if st.IsDir() {
		return nil, newError(nil, msgIsFolder, name)
	}
	if st.Size() > limit {
		return nil, newError(nil, msgFileTooBig, name, sizeText(st.Size()), sizeText(limit))
	}
	// The size from Stat may be wrong, so never read more than the limit allows.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, newError(err, msgCannotRead, name)
	}
	if int64(len(data)) > limit {
		return nil, newError(nil, msgFileLarger, name, sizeText(limit))
	}
	return data, nil
}
