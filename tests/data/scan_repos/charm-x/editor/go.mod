module github.com/charmbracelet/x/editor

go 1.24.0
