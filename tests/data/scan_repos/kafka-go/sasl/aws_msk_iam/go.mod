module github.com/segmentio/kafka-go/sasl/aws_msk_iam

go 1.15

require (
	github.com/aws/aws-sdk-go v1.41.3
	github.com/segmentio/kafka-go v0.4.28
)
