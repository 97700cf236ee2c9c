module github.com/redis/go-redis/internal/customvet

go 1.24

require golang.org/x/tools v0.5.0

require (
	golang.org/x/mod v0.7.0 // indirect
	golang.org/x/sys v0.4.0 // indirect
)
