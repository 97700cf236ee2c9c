module github.com/a-h/templ/examples/htmx-fragments

go 1.25.0

require github.com/a-h/templ v0.2.747

replace github.com/a-h/templ => ../../
