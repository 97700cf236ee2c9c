module github.com/go-kratos/kratos/cmd/protoc-gen-go-http/v3

go 1.25.0

require google.golang.org/protobuf v1.36.11

require google.golang.org/genproto/googleapis/api v0.0.0-20260511170946-3700d4141b60
