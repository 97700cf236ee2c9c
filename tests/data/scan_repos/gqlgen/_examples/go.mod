module github.com/99designs/gqlgen/_examples

go 1.25.0

replace github.com/99designs/gqlgen => ../

require (
	github.com/99designs/gqlgen v0.17.93
	github.com/coder/websocket v1.8.15
	github.com/go-viper/mapstructure/v2 v2.5.0
	github.com/goccy/go-yaml v1.19.2
	github.com/google/uuid v1.6.0
	github.com/rs/cors v1.11.1
	github.com/stretchr/testify v1.12.0
	github.com/vektah/dataloaden v0.3.0
	github.com/vektah/gqlparser/v2 v2.5.36
	golang.org/x/sync v0.22.0
)

require (
	github.com/agnivade/levenshtein v1.2.1 // indirect
	github.com/hashicorp/golang-lru/v2 v2.0.7 // indirect
	github.com/logrusorgru/aurora/v4 v4.0.0 // indirect
	github.com/mattn/go-colorable v0.1.14 // indirect
	github.com/mattn/go-isatty v0.0.21 // indirect
	github.com/pkg/errors v0.9.1 // indirect
	github.com/sosodev/duration v1.4.0 // indirect
	golang.org/x/mod v0.38.0 // indirect
	golang.org/x/sys v0.47.0 // indirect
	golang.org/x/text v0.41.0
	golang.org/x/tools v0.48.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
