module github.com/go-kratos/kratos/contrib/encoding/json/v3

go 1.25.0

require (
	github.com/go-kratos/kratos/v3 v3.0.0
	google.golang.org/protobuf v1.36.11
)

replace github.com/go-kratos/kratos/v3 => ../../../
