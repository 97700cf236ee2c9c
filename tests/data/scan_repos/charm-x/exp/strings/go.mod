module github.com/charmbracelet/x/exp/strings

go 1.24.0
