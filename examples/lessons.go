package examples

import "embed"

// Lessons holds the lessons, in the folder lessons: each lesson's <id>.lesson.json with the
// starting and finished projects it names beside it, and the facilitators' guide to the
// format (README.md, README.ja.md). Package tsumiki/examples/lesson reads them.
//
//go:embed lessons
var Lessons embed.FS
