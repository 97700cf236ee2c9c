module github.com/segmentio/kafka-go/example/consumer-mongo-db

go 1.15

require (
	github.com/go-stack/stack v1.8.0 // indirect
	github.com/klauspost/compress v1.12.2 // indirect
	github.com/mongodb/mongo-go-driver v0.3.0
	github.com/segmentio/kafka-go v0.4.28
	github.com/tidwall/pretty v1.1.0 // indirect
	golang.org/x/sync v0.0.0-20181221193216-37e7f081c4d4 // indirect
)
