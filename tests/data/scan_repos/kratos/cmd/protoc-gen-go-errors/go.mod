module github.com/go-kratos/kratos/cmd/protoc-gen-go-errors/v3

go 1.25.0

require (
	golang.org/x/text v0.37.0
	google.golang.org/protobuf v1.36.11
)
