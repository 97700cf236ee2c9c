module github.com/a-h/templ/examples/typescript

go 1.25.0

replace github.com/a-h/templ => ../../

require github.com/a-h/templ v0.0.0-00010101000000-000000000000
