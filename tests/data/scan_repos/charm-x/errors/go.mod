module github.com/charmbracelet/x/errors

go 1.24.0
