module go.opentelemetry.io/collector/internal/cmd/pdatagen

go 1.26.0

require github.com/ettle/strcase v0.2.0
