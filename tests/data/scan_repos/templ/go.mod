module github.com/a-h/templ

go 1.25.0

require (
	github.com/a-h/parse v0.0.0-20250122154542-74294addb73e
	github.com/andybalholm/brotli v1.1.0
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/cli/browser v1.3.0
	github.com/fatih/color v1.16.0
	github.com/fsnotify/fsnotify v1.7.0
	github.com/google/go-cmp v0.6.0
	github.com/natefinch/atomic v1.0.1
	github.com/rs/cors v1.11.0
	github.com/stretchr/testify v1.10.0
	golang.org/x/mod v0.26.0
	golang.org/x/net v0.56.0
	golang.org/x/sync v0.16.0
	golang.org/x/tools v0.35.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	golang.org/x/sys v0.46.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

// replace github.com/a-h/parse => /Users/adrian/github.com/a-h/parse
