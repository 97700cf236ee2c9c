module github.com/tetratelabs/wazero/internal/version/testdata

go 1.22.0

require github.com/tetratelabs/wazero v0.0.0-20220818123113-1948909ec0b1 // indirect

replace github.com/tetratelabs/wazero => ../../..
