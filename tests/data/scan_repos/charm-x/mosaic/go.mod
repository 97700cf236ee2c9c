module github.com/charmbracelet/x/mosaic

go 1.25.0

require (
	github.com/charmbracelet/x/ansi v0.11.7
	golang.org/x/image v0.44.0
)

require (
	github.com/clipperhouse/displaywidth v0.11.0 // indirect
	github.com/clipperhouse/uax29/v2 v2.7.0 // indirect
	github.com/lucasb-eyer/go-colorful v1.4.0 // indirect
	github.com/mattn/go-runewidth v0.0.23 // indirect
)
