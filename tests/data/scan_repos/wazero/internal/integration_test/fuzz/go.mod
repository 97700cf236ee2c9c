module github.com/tetratelabs/wazero/internal/integration_test/fuzz

go 1.22.0

require github.com/tetratelabs/wazero v0.0.0

replace github.com/tetratelabs/wazero => ../../../
