module github.com/a-h/templ/examples/external-libraries

go 1.25.0

require github.com/a-h/templ v0.2.304

replace github.com/a-h/templ => ../../
