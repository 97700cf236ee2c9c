module github.com/a-h/templ/examples/integration-react

go 1.25.0

require github.com/a-h/templ v0.2.513

replace github.com/a-h/templ => ../../
