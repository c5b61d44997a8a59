package assets

import (
	"errors"
	"image"
	"io"
	"io/fs"
	"strings"
	"sync"

	"tsumiki/blocks"
	"tsumiki/stage"
)

// Limits that keep a hostile or mistaken project from using too much memory.
const (
	MaxPictureBytes = 8 << 20    // size of one picture file
	MaxSoundBytes   = 16 << 20   // size of one sound file
	MaxPictureSide  = 4096       // width or height of one picture, in pixels
	MaxPixels       = 32_000_000 // pixels of all the decoded pictures one Store holds
)

// Asset keys name a picture for the drawing layer: "library:NAME" for a library item and
// "file:PATH" for a file below the project's folder.
const (
	libraryPrefix = "library:"
	filePrefix    = "file:"
)

// Store resolves media for one project: items of the built-in library, and files below the
// project's folder. It caches what it has read, and is safe for use by several goroutines.
type Store struct {
	files     fs.FS
	maxPixels int

	mu      sync.Mutex
	infos   map[string]pictureInfo // by asset key
	images  map[string]image.Image // by asset key
	masks   map[string]*stage.Mask // by asset key
	pixels  int                    // pixels in images
	seconds map[string]float64     // sound lengths by asset key
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
		files:     files,
		maxPixels: MaxPixels,
		infos:     make(map[string]pictureInfo),
		images:    make(map[string]image.Image),
		masks:     make(map[string]*stage.Mask),
		seconds:   make(map[string]float64),
	}
}

// Costume returns the geometry of the costume or backdrop m of the named target ("Stage" or
// a sprite's name).
//
// The size is in stage pixels. Library pictures are drawn at 2x, as Scratch's bitmap
// resolution 2 is, so their size on the stage is half their size in pixels. A picture file
// is shown one stage pixel a pixel, unless its name ends in "@2x", as "cat@2x.png" does.
// The rotation centre is m's when it gives one, else the library item's own, else the
// middle of the picture. Asset is the key Image takes: "library:NAME" or "file:PATH".
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
	key, item, err := mediaKey(m, true)
	if err != nil {
		return stage.Costume{}, err
	}
	s.mu.Lock()
	info, err := s.pictureInfo(key)
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

// SoundSeconds returns how long the sound m of the named target plays, in seconds. It reads
// MP3 and WAV files and library sounds. Errors are *Error.
func (s *Store) SoundSeconds(target string, m blocks.Media) (float64, error) {
	secs, err := s.soundSeconds(m)
	if err != nil {
		return 0, about(err, target, m)
	}
	return secs, nil
}

func (s *Store) soundSeconds(m blocks.Media) (float64, error) {
	key, item, err := mediaKey(m, false)
	if err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if secs, ok := s.seconds[key]; ok {
		return secs, nil
	}
	name, file := m.File, m.File
	if item != nil {
		name, file = item.Name, item.file()
	}
	format := soundFormatOf(file)
	if format == nil {
		return 0, newError(nil, msgSoundKind, name)
	}
	var data []byte
	if item != nil {
		if data, err = library.ReadFile(file); err != nil {
			return 0, newError(err, msgNoItem, name)
		}
	} else if data, err = s.readFile(file, MaxSoundBytes); err != nil {
		return 0, err
	}
	secs, err := format.read(name, data)
	if err != nil {
		return 0, err
	}
	s.seconds[key] = secs
	return secs, nil
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
	if n := info.width * info.height; s.pixels+n > s.maxPixels {
		return nil, newError(nil, msgTooManyPixels, s.maxPixels/1_000_000)
	}
	name, format, data, err := s.pictureData(asset)
	if err != nil {
		return nil, err
	}
	img, err := format.decode(data)
	if err != nil {
		return nil, newError(err, msgPictureDamaged, name)
	}
	if b := img.Bounds(); b.Dx() != info.width || b.Dy() != info.height {
		return nil, newError(nil, msgPictureDamaged, name)
	}
	s.images[asset] = img
	s.pixels += info.width * info.height
	return img, nil
}

// mediaKey returns the asset key of m, and its library item when it is one. It checks that
// m names exactly one library item or file, and that the item is of the right kind.
func mediaKey(m blocks.Media, picture bool) (string, *Item, error) {
	if (m.Library == "") == (m.File == "") {
		return "", nil, newError(nil, msgRef)
	}
	if m.File != "" {
		if !fs.ValidPath(m.File) || m.File == "." {
			return "", nil, newError(nil, msgBadPath, m.File)
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
		return pictureInfo{}, newError(err, msgPictureDamaged, name)
	}
	switch {
	case cfg.Width <= 0 || cfg.Height <= 0:
		return pictureInfo{}, newError(nil, msgPictureEmpty, name)
	case cfg.Width > MaxPictureSide || cfg.Height > MaxPictureSide:
		return pictureInfo{}, newError(nil, msgPictureTooLarge, name, cfg.Width, cfg.Height, MaxPictureSide)
	}
	info := pictureInfo{width: cfg.Width, height: cfg.Height, scale: 1}
	if strings.HasPrefix(key, libraryPrefix) || isDoubleResolution(name) {
		info.scale = 2
	}
	s.infos[key] = info
	return info, nil
}

// pictureData reads the picture with the asset key. name is how messages call it: the
// library item's name or the file's path.
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
