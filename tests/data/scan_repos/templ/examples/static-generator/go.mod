module github.com/a-h/templ/examples/static-generator

go 1.25.0

require (
	github.com/a-h/templ v0.2.233
	github.com/gosimple/slug v1.14.0
)

require (
	github.com/gosimple/unidecode v1.0.1 // indirect
	github.com/yuin/goldmark v1.7.4
)

replace github.com/a-h/templ => ../../
