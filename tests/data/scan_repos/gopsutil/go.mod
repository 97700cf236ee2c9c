module github.com/shirou/gopsutil/v4

go 1.24.0

require (
	github.com/ebitengine/purego v0.10.2
	github.com/google/go-cmp v0.7.0
	github.com/lufia/plan9stats v0.0.0-20211012122336-39d0f177ccd0
	github.com/power-devops/perfstat v0.0.0-20240221224432-82ca36839d55
	github.com/stretchr/testify v1.11.1
	github.com/tklauser/go-sysconf v0.3.16
	github.com/yusufpapurcu/wmi v1.2.4
	golang.org/x/sys v0.41.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/go-ole/go-ole v1.2.6 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/tklauser/numcpus v0.11.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
