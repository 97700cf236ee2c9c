module gomodguard

go 1.26.0

require (
	golang.org/x/mod v0.24.0
	gopkg.in/yaml.v3 v3.0.1
)
