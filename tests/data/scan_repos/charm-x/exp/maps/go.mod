module github.com/charmbracelet/x/exp/maps

go 1.24.0
