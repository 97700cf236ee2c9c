module go.flipt.io/protoc-gen-flipt-openapi

go 1.26

require (
	github.com/google/gnostic v0.7.1
	google.golang.org/protobuf v1.36.11
)

require (
	github.com/google/gnostic-models v0.7.0 // indirect
	go.yaml.in/yaml/v3 v3.0.4 // indirect
	google.golang.org/genproto/googleapis/api v0.0.0-20260706201446-f0a921348800 // indirect
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260706201446-f0a921348800 // indirect
)
