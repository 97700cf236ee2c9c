module github.com/go-testfixtures/testfixtures/v3

go 1.25.9

require (
	github.com/goccy/go-yaml v1.19.2
	golang.org/x/sync v0.20.0
)
