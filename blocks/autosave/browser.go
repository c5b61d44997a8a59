//go:build js && wasm

package autosave

import (
	"errors"
	"fmt"
	"syscall/js"
)

// BrowserPrefix starts the localStorage key of every file of the folder OpenBrowser opens:
// the file cat.tsumiki is kept under "tsumiki/projects/cat.tsumiki".
const BrowserPrefix = "tsumiki/projects/"

// OpenBrowser opens the projects folder in the page's window.localStorage, which the browser
// keeps for the site across reloads and closed tabs. Each file is one value under
// BrowserPrefix plus its name, written whole by one setItem, so every write is atomic; the
// value is a header line with the file's modification time and length, then the file as it
// is (project files are UTF-8 JSON; other bytes are stored in base64).
//
// When the browser does not let the page use its storage (turned off, or blocked for the
// site), OpenBrowser returns a *StorageError saying so. When the storage is full, the
// folder's writes return a *StorageError whose Full is true; the files already kept are
// left as they were.
//
// Every copy of the app open in the same browser and site shares the folder, as copies of the
// desktop app share a projects folder.
func OpenBrowser() (*Folder, error) {
	s, err := browserStorage()
	if err != nil {
		return nil, withOp(err, "opening the projects folder")
	}
	return OpenDisk(&kvDisk{kv: s, prefix: BrowserPrefix}, "browser storage"), nil
}

// browserStorage returns window.localStorage, or why it cannot be used.
func browserStorage() (s localStorage, err error) {
	defer catch(&err)
	// Through Reflect.get, since reading the property throws when storage is turned off, and
	// syscall/js turns only the exceptions of a call into Go panics.
	v := js.Global().Get("Reflect").Call("get", js.Global(), "localStorage")
	if v.Type() != js.TypeObject {
		return localStorage{}, &StorageError{Err: fmt.Errorf("window.localStorage is %s", v.Type())}
	}
	s = localStorage{v}
	if _, err := s.keys(); err != nil { // some browsers throw only once the storage is used
		return localStorage{}, err
	}
	return s, nil
}

// localStorage is the kvStore of the browser's window.localStorage. syscall/js runs one
// goroutine at a time, and each call here is one synchronous call of the page, so it is safe
// for concurrent use.
type localStorage struct{ v js.Value }

func (s localStorage) get(key string) (value string, ok bool, err error) {
	defer catch(&err)
	v := s.v.Call("getItem", key)
	if v.Type() != js.TypeString {
		return "", false, nil
	}
	return v.String(), true, nil
}

func (s localStorage) set(key, value string) (err error) {
	defer catch(&err)
	s.v.Call("setItem", key, value)
	return nil
}

func (s localStorage) remove(key string) (err error) {
	defer catch(&err)
	s.v.Call("removeItem", key)
	return nil
}

func (s localStorage) keys() (keys []string, err error) {
	defer catch(&err)
	n := js.Global().Get("Reflect").Call("get", s.v, "length").Int()
	for i := range n {
		if k := s.v.Call("key", i); k.Type() == js.TypeString {
			keys = append(keys, k.String())
		}
	}
	return keys, nil
}

// catch turns an exception the page threw into a *StorageError in *err.
func catch(err *error) {
	r := recover()
	if r == nil {
		return
	}
	jerr, ok := r.(js.Error)
	if !ok {
		panic(r)
	}
	*err = &StorageError{Full: isQuotaError(jerr.Value), Err: errors.New(describe(jerr.Value))}
}

// isQuotaError reports whether the exception e says the storage is full: a DOMException named
// QuotaExceededError (NS_ERROR_DOM_QUOTA_REACHED in older Firefox; codes 22 and 1014).
func isQuotaError(e js.Value) bool {
	if e.Type() != js.TypeObject {
		return false
	}
	if name := e.Get("name"); name.Type() == js.TypeString {
		if n := name.String(); n == "QuotaExceededError" || n == "NS_ERROR_DOM_QUOTA_REACHED" {
			return true
		}
	}
	code := e.Get("code")
	return code.Type() == js.TypeNumber && (code.Int() == 22 || code.Int() == 1014)
}

// describe says what the exception e is, as the browser's console would.
func describe(e js.Value) string {
	if e.Type() == js.TypeObject {
		name, msg := e.Get("name"), e.Get("message")
		if name.Type() == js.TypeString && msg.Type() == js.TypeString {
			return name.String() + ": " + msg.String()
		}
	}
	return js.Global().Call("String", e).String()
}
