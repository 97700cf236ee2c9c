module github.com/pelletier/go-toml/v2

go 1.16

require github.com/stretchr/testify v1.9.0
