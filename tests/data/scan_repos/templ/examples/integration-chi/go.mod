module github.com/a-h/templ/examples/integration-chi

go 1.25.0

require (
	github.com/a-h/templ v0.2.364
	github.com/go-chi/chi/v5 v5.3.0
)

replace github.com/a-h/templ => ../../
