module github.com/charmbracelet/x/exp/toner

go 1.24.2

require (
	github.com/charmbracelet/x/ansi v0.11.7
	github.com/charmbracelet/x/exp/charmtone v0.0.0-20250602192518-9e722df69bbb
)

require (
	github.com/clipperhouse/displaywidth v0.11.0 // indirect
	github.com/clipperhouse/uax29/v2 v2.7.0 // indirect
	github.com/lucasb-eyer/go-colorful v1.4.0 // indirect
	github.com/mattn/go-runewidth v0.0.23 // indirect
)
