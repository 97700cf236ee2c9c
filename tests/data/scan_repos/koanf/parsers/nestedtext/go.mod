module github.com/knadh/koanf/parsers/nestedtext

go 1.23.0

require github.com/npillmayer/nestext v0.1.3
