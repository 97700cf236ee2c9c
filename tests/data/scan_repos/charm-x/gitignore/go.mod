module github.com/charmbracelet/x/gitignore

go 1.24.0
