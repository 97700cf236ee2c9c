module go.temporal.io/sdk/contrib/tools/workflowcheck

go 1.24.0

require (
	golang.org/x/tools v0.39.0
	gopkg.in/yaml.v2 v2.4.0
)

require (
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/kr/pretty v0.1.0 // indirect
	github.com/kr/text v0.2.0 // indirect
	golang.org/x/mod v0.30.0 // indirect
	golang.org/x/sync v0.19.0 // indirect
	gopkg.in/check.v1 v1.0.0-20180628173108-788fd7840127 // indirect
)
