module updater

go 1.25.0

require (
	github.com/alecthomas/participle/v2 v2.0.0
	github.com/go-resty/resty/v2 v2.7.0
	github.com/leaanthony/slicer v1.6.0
	github.com/matryer/is v1.4.1
	github.com/stretchr/testify v1.8.4
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	golang.org/x/net v0.55.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
