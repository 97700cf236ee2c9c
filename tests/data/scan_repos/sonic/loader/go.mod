module github.com/bytedance/sonic/loader

go 1.16

require (
	github.com/davecgh/go-spew v1.1.1
	github.com/stretchr/testify v1.10.0
)
