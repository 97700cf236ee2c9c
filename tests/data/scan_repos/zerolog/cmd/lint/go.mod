module github.com/rs/zerolog/cmd/lint

go 1.15

require golang.org/x/tools v0.1.8
