module github.com/charmbracelet/x/json

go 1.24.0
