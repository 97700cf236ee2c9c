module github.com/segmentio/kafka-go/sasl/aws_msk_iam_v2

go 1.15

require (
	github.com/aws/aws-sdk-go-v2 v1.16.12
	github.com/aws/aws-sdk-go-v2/config v1.17.2
	github.com/aws/aws-sdk-go-v2/credentials v1.12.15
	github.com/segmentio/kafka-go v0.4.34
	github.com/stretchr/testify v1.8.0
)
