module loggercheck

go 1.26.0

require (
	github.com/go-kit/log v0.2.1
	github.com/go-logr/logr v1.4.4
	go.uber.org/zap v1.28.0
	k8s.io/klog/v2 v2.140.0
)

require (
	github.com/go-logfmt/logfmt v0.6.0 // indirect
	go.uber.org/multierr v1.11.0 // indirect
)
