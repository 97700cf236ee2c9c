module go.opentelemetry.io/collector/config/configtelemetry

go 1.26.0

require (
	github.com/stretchr/testify v1.12.0
	go.uber.org/goleak v1.3.0
)

require (
	github.com/kr/pretty v0.3.1 // indirect
	github.com/rogpeppe/go-internal v1.10.0 // indirect
	gopkg.in/check.v1 v1.0.0-20201130134442-10cb98267c6c // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
