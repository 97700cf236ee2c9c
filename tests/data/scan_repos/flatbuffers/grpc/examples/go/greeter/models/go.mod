module github.com/google/flatbuffers/grpc/examples/go/greeter/models

go 1.15

require (
	github.com/google/flatbuffers v2.0.8+incompatible
	google.golang.org/grpc v1.56.3
)
