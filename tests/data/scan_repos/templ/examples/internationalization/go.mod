module github.com/a-h/templ/examples/internationalization

go 1.25.0

require (
	github.com/a-h/templ v0.2.731
	github.com/invopop/ctxi18n v0.8.1
)

require (
	github.com/invopop/yaml v0.3.1 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

replace github.com/a-h/templ => ../../
