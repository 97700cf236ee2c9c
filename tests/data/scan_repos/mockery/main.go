package main

import (
	"github.com/vektra/mockery/v3/internal/cmd"
)

func main() {
	cmd.Execute()
}
