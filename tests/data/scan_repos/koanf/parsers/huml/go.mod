module github.com/knadh/koanf/parsers/huml

go 1.24.4

toolchain go1.24.5

require (
	github.com/huml-lang/go-huml v0.2.0
	github.com/stretchr/testify v1.10.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
