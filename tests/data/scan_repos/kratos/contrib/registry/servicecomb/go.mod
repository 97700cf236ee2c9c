module github.com/go-kratos/kratos/contrib/registry/servicecomb/v3

go 1.25.0

require (
	github.com/go-chassis/cari v0.9.0
	github.com/go-chassis/sc-client v0.7.0
	github.com/go-kratos/kratos/v3 v3.0.0
	github.com/gofrs/uuid v4.4.0+incompatible
)

require (
	github.com/cenkalti/backoff/v4 v4.3.0 // indirect
	github.com/deckarep/golang-set v1.8.0 // indirect
	github.com/go-chassis/foundation v0.4.0 // indirect
	github.com/go-chassis/openlog v1.1.3 // indirect
	github.com/gogo/protobuf v1.3.2 // indirect
	github.com/gorilla/websocket v1.5.3 // indirect
	github.com/karlseguin/ccache/v2 v2.0.8 // indirect
	github.com/karlseguin/expect v1.0.8 // indirect
	github.com/patrickmn/go-cache v2.1.0+incompatible // indirect
	github.com/stretchr/testify v1.11.1 // indirect
)

replace github.com/go-kratos/kratos/v3 => ../../../
