module go.flipt.io/flipt/errors

go 1.25
