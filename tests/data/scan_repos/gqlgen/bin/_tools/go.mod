module github.com/99designs/bin/_tools

go 1.25.1
