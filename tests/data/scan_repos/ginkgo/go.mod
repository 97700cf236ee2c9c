module github.com/onsi/ginkgo/v2

go 1.25.0

require (
	github.com/Masterminds/semver/v3 v3.4.0
	github.com/gkampitakis/go-snaps v0.5.15
	github.com/go-logr/logr v1.4.3
	github.com/go-task/slim-sprig/v3 v3.0.0
	github.com/google/pprof v0.0.0-20260402051712-545e8a4df936
	github.com/joshdk/go-junit v1.0.0
	github.com/mfridman/tparse v0.18.0
	github.com/onsi/gomega v1.40.0
	golang.org/x/sys v0.43.0
	golang.org/x/tools v0.44.0
)

require (
	github.com/gkampitakis/ciinfo v0.3.2 // indirect
	github.com/gkampitakis/go-diff v1.3.2 // indirect
	github.com/goccy/go-yaml v1.18.0 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/kr/pretty v0.3.1 // indirect
	github.com/kr/text v0.2.0 // indirect
	github.com/maruel/natural v1.1.1 // indirect
	github.com/rogpeppe/go-internal v1.13.1 // indirect
	github.com/tidwall/gjson v1.18.0 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.1 // indirect
	github.com/tidwall/sjson v1.2.5 // indirect
	go.yaml.in/yaml/v3 v3.0.4 // indirect
	golang.org/x/mod v0.35.0 // indirect
	golang.org/x/net v0.53.0 // indirect
	golang.org/x/sync v0.20.0 // indirect
	golang.org/x/text v0.36.0 // indirect
	google.golang.org/protobuf v1.36.7 // indirect
)
