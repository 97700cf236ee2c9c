module go.opentelemetry.io/collector/pipeline

go 1.26.0

require github.com/stretchr/testify v1.12.0

require gopkg.in/yaml.v3 v3.0.1 // indirect
