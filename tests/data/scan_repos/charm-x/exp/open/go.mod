module github.com/charmbracelet/x/exp/open

go 1.24.0
