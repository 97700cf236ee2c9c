module github.com/charmbracelet/x/wcwidth

go 1.24.0

require github.com/mattn/go-runewidth v0.0.27

require github.com/clipperhouse/uax29/v2 v2.2.0 // indirect
