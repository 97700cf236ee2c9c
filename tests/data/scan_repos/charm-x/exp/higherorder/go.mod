module github.com/charmbracelet/x/exp/higherorder

go 1.24.0
