module github.com/goccy/go-yaml/cmd/ycat

go 1.21.0

require (
	github.com/fatih/color v1.18.0
	github.com/goccy/go-yaml v0.0.0-00010101000000-000000000000
	github.com/mattn/go-colorable v0.1.13
)

require (
	github.com/mattn/go-isatty v0.0.20 // indirect
	golang.org/x/sys v0.26.0 // indirect
)

replace github.com/goccy/go-yaml => ../../
