module github.com/charmbracelet/x/powernap

go 1.24

require (
	github.com/mitchellh/mapstructure v1.5.0
	github.com/sourcegraph/jsonrpc2 v0.2.1
)
