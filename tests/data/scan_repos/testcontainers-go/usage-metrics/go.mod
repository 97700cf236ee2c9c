module github.com/testcontainers/testcontainers-go/usage-metrics

go 1.25.0

toolchain go1.25.9
