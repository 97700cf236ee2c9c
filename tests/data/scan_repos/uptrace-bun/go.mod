module github.com/uptrace/bun

go 1.24.0

toolchain go1.24.1

require (
	github.com/jinzhu/inflection v1.0.0
	github.com/puzpuzpuz/xsync/v3 v3.5.1
	github.com/rs/zerolog v1.34.0
	github.com/stretchr/testify v1.8.1
	github.com/tmthrgd/go-hex v0.0.0-20190904060850-447a3041c3bc
	github.com/vmihailenco/msgpack/v5 v5.4.1
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/mattn/go-colorable v0.1.14 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	github.com/niemeyer/pretty v0.0.0-20200227124842-a10e7caefd8e // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/vmihailenco/tagparser/v2 v2.0.0 // indirect
	golang.org/x/sys v0.41.0 // indirect
	gopkg.in/check.v1 v1.0.0-20200227125254-8fa46927fb4f // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
