module github.com/segmentio/kafka-go/example/consumer-logger

go 1.15

require (
	github.com/klauspost/compress v1.12.2 // indirect
	github.com/segmentio/kafka-go v0.4.28
)
