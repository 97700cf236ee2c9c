module github.com/charmbracelet/x/exp/slice

go 1.24.0
