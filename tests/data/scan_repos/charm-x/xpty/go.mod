module github.com/charmbracelet/x/xpty

go 1.25.0

require (
	github.com/charmbracelet/x/conpty v0.2.0
	github.com/charmbracelet/x/term v0.2.2
	github.com/charmbracelet/x/termios v0.1.1
	github.com/creack/pty v1.1.24
	golang.org/x/sys v0.47.0
)
