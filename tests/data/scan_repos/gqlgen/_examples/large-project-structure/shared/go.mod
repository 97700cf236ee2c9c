module github.com/99designs/gqlgen/_examples/large-project-structure/shared

go 1.25.0
