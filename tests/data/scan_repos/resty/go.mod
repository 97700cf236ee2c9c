module github.com/go-resty/resty/v2

go 1.20

require (
	golang.org/x/net v0.27.0
	golang.org/x/time v0.6.0
)
