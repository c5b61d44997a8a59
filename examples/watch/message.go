package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"tsumiki/blocks"
)

// Message says what happened, in lang, for the banner the app shows: the file's name and, for
// an invalid file, the error with its line.
func (ev Event[T]) Message(lang blocks.Lang) string {
	switch ev.Kind {
	case Loaded:
		return msgLoaded.Format(lang, ev.File)
	case Reloaded:
		return msgReloaded.Format(lang, ev.File)
	case Invalid:
		if isZero(ev.Previous) {
			return msgInvalid.Format(lang, ev.File, blocks.Localize(ev.Err, lang))
		}
		return msgInvalidKept.Format(lang, ev.File, blocks.Localize(ev.Err, lang))
	case Renamed:
		return msgRenamed.Format(lang, ev.OldFile, ev.File)
	case Removed:
		return msgRemoved.Format(lang, ev.File)
	case Failed:
		return msgFailed.Format(lang, blocks.Localize(ev.Err, lang))
	case Restored:
		return msgRestored.In(lang)
	}
	return ev.Kind.String()
}

func isZero[T any](v T) bool { return reflect.ValueOf(&v).Elem().IsZero() }

// FolderError is the Err of a Failed event when the lessons folder itself cannot be read:
// it was removed, moved away or replaced by something the watcher cannot read.
type FolderError struct {
	Dir string
	Err error
}

// Error says what happened in English, with the file system's error.
func (e *FolderError) Error() string {
	return fmt.Sprintf("lessons folder %s is gone or cannot be read: %v", e.Dir, e.Err)
}

// Unwrap gives the file system's error.
func (e *FolderError) Unwrap() error { return e.Err }

// Localize says what happened in lang.
func (e *FolderError) Localize(lang blocks.Lang) string { return msgFolderGone.Format(lang, e.Dir) }

// ApartError is what CheckApart returns for folders that are not apart.
type ApartError struct {
	Lessons, Projects string
	Msg               blocks.Text // with the lessons folder and the projects folder as %[1]s and %[2]s
}

// Error says what is wrong in English.
func (e *ApartError) Error() string { return e.Localize(blocks.English) }

// Localize says what is wrong, and what to do, in lang.
func (e *ApartError) Localize(lang blocks.Lang) string {
	return e.Msg.Format(lang, e.Lessons, e.Projects)
}

// CheckApart returns an *ApartError when the lessons folder is the projects folder (where the
// app saves children's work), lies inside it, or holds it: a child's own work must never sit
// among the lessons, where a facilitator replacing the lessons could overwrite or remove it.
// Folders that do not exist yet are compared by their paths.
func CheckApart(lessons, projects string) error {
	l, err := resolve(lessons)
	if err != nil {
		return fmt.Errorf("checking lessons folder %s: %w", lessons, err)
	}
	p, err := resolve(projects)
	if err != nil {
		return fmt.Errorf("checking projects folder %s: %w", projects, err)
	}
	switch {
	case within(l, p) && within(p, l):
		return &ApartError{Lessons: lessons, Projects: projects, Msg: msgSameFolder}
	case within(l, p):
		return &ApartError{Lessons: lessons, Projects: projects, Msg: msgLessonsInside}
	case within(p, l):
		return &ApartError{Lessons: lessons, Projects: projects, Msg: msgProjectsInside}
	}
	return nil
}

// resolve returns the absolute path of dir with its symbolic links followed, when it exists.
func resolve(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real, nil
	}
	return abs, nil
}

// within reports whether dir is base or inside it, by path or, where both exist, as the same
// folder (which also sees through a file system that ignores case).
func within(dir, base string) bool {
	bi, berr := os.Stat(base)
	for d := dir; ; d = filepath.Dir(d) {
		if d == base {
			return true
		}
		if berr == nil {
			if di, err := os.Stat(d); err == nil && os.SameFile(di, bi) {
				return true
			}
		}
		if filepath.Dir(d) == d {
			return false
		}
	}
}

// What the watcher says.
var (
	msgLoaded = blocks.NewText(
		"Lesson %s opened.",
		"レッスン「%s」を開きました。",
		"レッスン「%s」を ひらきました。")
	msgReloaded = blocks.NewText(
		"Lesson %s was changed and has been loaded again.",
		"レッスン「%s」が変更されたので、読み込み直しました。",
		"レッスン「%s」が かわったので、よみなおしました。")
	msgInvalid = blocks.NewText(
		"Lesson %s cannot be opened: %s",
		"レッスン「%s」を開けません：%s",
		"レッスン「%s」を ひらけません：%s")
	msgInvalidKept = blocks.NewText(
		"Lesson %s was changed but cannot be opened: %s. The last good version stays open.",
		"レッスン「%s」が変更されましたが、開けません：%s。前の正しい版をそのまま使います。",
		"レッスン「%s」が かわりましたが、ひらけません：%s。まえの ただしい ものを そのまま つかいます。")
	msgRenamed = blocks.NewText(
		"Lesson %s is now called %s.",
		"レッスン「%s」の名前が「%s」に変わりました。",
		"レッスン「%s」の なまえが「%s」に かわりました。")
	msgRemoved = blocks.NewText(
		"Lesson %s was removed from the lessons folder.",
		"レッスン「%s」がレッスンのフォルダーから削除されました。",
		"レッスン「%s」が レッスンの フォルダーから けされました。")
	msgFailed = blocks.NewText(
		"The lessons folder is not being watched: %s",
		"レッスンのフォルダーを見張れません：%s",
		"レッスンの フォルダーを みはれません：%s")
	msgRestored = blocks.NewText(
		"The lessons folder is back and is watched again.",
		"レッスンのフォルダーが戻ったので、また見張っています。",
		"レッスンの フォルダーが もどったので、また みはっています。")
	msgFolderGone = blocks.NewText(
		"the folder %s was removed or moved. The open lessons stay as they are, and load again when the folder is back",
		"フォルダー %s が削除されたか、移動されました。開いているレッスンはそのままで、フォルダーが戻ると読み込み直します",
		"フォルダー %s が けされたか、うごかされました。ひらいている レッスンは そのままで、フォルダーが もどると よみなおします")
	msgSameFolder = blocks.NewText(
		"The lessons folder %[1]s is the projects folder, where children's work is saved. Choose another folder for the lessons, so that a child's work is never mixed with them.",
		"レッスンのフォルダー %[1]s が、子どもの作品を保存するプロジェクトのフォルダーと同じです。子どもの作品とまざらないように、レッスンには別のフォルダーを選んでください。",
		"レッスンの フォルダー %[1]s が、こどもの さくひんを ほぞんする プロジェクトの フォルダーと おなじです。こどもの さくひんと まざらないように、レッスンには べつの フォルダーを えらんでください。")
	msgLessonsInside = blocks.NewText(
		"The lessons folder %[1]s is inside the projects folder %[2]s, where children's work is saved. Choose a lessons folder outside it.",
		"レッスンのフォルダー %[1]s が、子どもの作品を保存するプロジェクトのフォルダー %[2]s の中にあります。その外にあるフォルダーを選んでください。",
		"レッスンの フォルダー %[1]s が、こどもの さくひんを ほぞんする プロジェクトの フォルダー %[2]s の なかに あります。その そとに ある フォルダーを えらんでください。")
	msgProjectsInside = blocks.NewText(
		"The projects folder %[2]s, where children's work is saved, is inside the lessons folder %[1]s, so replacing the lessons could remove the children's work. Choose folders apart from each other.",
		"子どもの作品を保存するプロジェクトのフォルダー %[2]s が、レッスンのフォルダー %[1]s の中にあります。レッスンを入れかえると子どもの作品が消えるおそれがあるので、別々のフォルダーを選んでください。",
		"こどもの さくひんを ほぞんする プロジェクトの フォルダー %[2]s が、レッスンの フォルダー %[1]s の なかに あります。レッスンを いれかえると こどもの さくひんが きえるかも しれないので、べつべつの フォルダーを えらんでください。")
)
