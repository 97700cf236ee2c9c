module go.opentelemetry.io/collector/cmd/schemagen

go 1.26.0

require (
	github.com/iancoleman/strcase v0.3.0
	github.com/stretchr/testify v1.12.0
	go.yaml.in/yaml/v3 v3.0.5
	golang.org/x/tools v0.49.0
)

require (
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/kr/pretty v0.3.1 // indirect
	github.com/rogpeppe/go-internal v1.13.1 // indirect
	golang.org/x/mod v0.39.0 // indirect
	golang.org/x/sync v0.22.0 // indirect
	gopkg.in/check.v1 v1.0.0-20201130134442-10cb98267c6c // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
