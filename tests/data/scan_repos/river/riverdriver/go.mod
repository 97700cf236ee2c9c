module github.com/riverqueue/river/riverdriver

go 1.25.0

toolchain go1.25.7

require (
	github.com/riverqueue/river/rivertype v0.43.0
	github.com/stretchr/testify v1.11.1
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/kr/text v0.2.0 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
