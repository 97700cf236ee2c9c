module github.com/a-h/templ/runtime/fuzzing

go 1.25.0

require (
	github.com/a-h/templ v0.3.833
	golang.org/x/net v0.56.0
)

require rogchap.com/v8go v0.9.0

replace github.com/a-h/templ => ../..
