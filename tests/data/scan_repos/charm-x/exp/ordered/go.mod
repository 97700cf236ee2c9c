module github.com/charmbracelet/x/exp/ordered

go 1.24.0
