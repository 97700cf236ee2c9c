module github.com/charmbracelet/x/exp/charmtone

go 1.24.0
