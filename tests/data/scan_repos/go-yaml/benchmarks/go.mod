module github.com/goccy/go-yaml/benchmarks

go 1.21.0

replace github.com/goccy/go-yaml => ..

require (
	github.com/goccy/go-yaml v0.0.0-00010101000000-000000000000
	gopkg.in/yaml.v2 v2.4.0
	gopkg.in/yaml.v3 v3.0.1
)
