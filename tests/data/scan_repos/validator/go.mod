module github.com/go-playground/validator/v10

go 1.25.0

require (
	github.com/gabriel-vasile/mimetype v1.4.13
	github.com/go-playground/assert/v2 v2.2.0
	github.com/go-playground/locales v0.14.1
	github.com/go-playground/universal-translator v0.18.1
	github.com/leodido/go-urn v1.4.0
	golang.org/x/crypto v0.54.0
	golang.org/x/text v0.40.0
)

require golang.org/x/sys v0.47.0 // indirect
