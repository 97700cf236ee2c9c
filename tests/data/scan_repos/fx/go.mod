module go.uber.org/fx

go 1.24

require (
	github.com/stretchr/testify v1.8.1
	go.uber.org/dig v1.19.0
	go.uber.org/goleak v1.2.0
	go.uber.org/multierr v1.10.0
	go.uber.org/zap v1.26.0
	golang.org/x/sys v0.0.0-20220412211240-33da011f77ad
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
