module github.com/charmbracelet/x/exp/golden

go 1.24.0

require github.com/aymanbagabas/go-udiff v0.4.1
