module charm.land/x/vcr

go 1.24

require (
	github.com/google/go-cmp v0.7.0
	go.yaml.in/yaml/v4 v4.0.0-rc.6
	gopkg.in/dnaeon/go-vcr.v4 v4.0.7
)
