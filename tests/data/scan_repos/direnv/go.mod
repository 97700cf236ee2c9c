module github.com/direnv/direnv/v2

go 1.24

require (
	github.com/BurntSushi/toml v1.5.0
	github.com/mattn/go-isatty v0.0.20
	golang.org/x/mod v0.27.0
)

require golang.org/x/sys v0.30.0 // indirect
