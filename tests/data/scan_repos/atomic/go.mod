module go.uber.org/atomic

require github.com/stretchr/testify v1.3.0

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
)

go 1.18
