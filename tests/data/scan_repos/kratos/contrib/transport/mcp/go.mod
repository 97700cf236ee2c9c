module github.com/go-kratos/kratos/contrib/transport/mcp/v3

go 1.25.5

require (
	github.com/go-kratos/kratos/v3 v3.0.0
	github.com/mark3labs/mcp-go v0.54.0
)

require (
	github.com/dlclark/regexp2 v1.12.0 // indirect
	github.com/go-playground/form/v4 v4.3.0 // indirect
	github.com/google/jsonschema-go v0.4.3 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2 // indirect
	github.com/spf13/cast v1.10.0 // indirect
	github.com/yosida95/uritemplate/v3 v3.0.2 // indirect
	golang.org/x/text v0.37.0 // indirect
	google.golang.org/protobuf v1.36.11 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

replace github.com/go-kratos/kratos/v3 => ../../../
