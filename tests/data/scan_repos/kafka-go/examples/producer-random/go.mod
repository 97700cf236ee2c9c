module github.com/segmentio/kafka-go/example/producer-random

go 1.15

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/google/uuid v1.1.0
	github.com/klauspost/compress v1.12.2 // indirect
	github.com/segmentio/kafka-go v0.4.28
)
