module github.com/ThreeDotsLabs/watermill/dev/validate-examples

go 1.25

require (
	github.com/fatih/color v1.18.0
	gopkg.in/yaml.v2 v2.4.0
)

require (
	github.com/mattn/go-colorable v0.1.14 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	golang.org/x/sys v0.35.0 // indirect
)
