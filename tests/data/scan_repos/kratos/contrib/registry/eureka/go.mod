module github.com/go-kratos/kratos/contrib/registry/eureka/v3

go 1.25.0

require github.com/go-kratos/kratos/v3 v3.0.0

replace github.com/go-kratos/kratos/v3 => ../../../
