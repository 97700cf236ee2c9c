module github.com/go-pg/pg/v10

go 1.19

require (
	github.com/go-pg/zerochecker v0.2.0
	github.com/jinzhu/inflection v1.0.0
	github.com/onsi/ginkgo v1.14.2
	github.com/onsi/gomega v1.10.3
	github.com/stretchr/testify v1.7.0
	github.com/tmthrgd/go-hex v0.0.0-20190904060850-447a3041c3bc
	github.com/vmihailenco/bufpool v0.1.11
	github.com/vmihailenco/msgpack/v5 v5.3.4
	github.com/vmihailenco/tagparser v0.1.2
	gopkg.in/check.v1 v1.0.0-20200227125254-8fa46927fb4f
	mellium.im/sasl v0.3.1
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/fsnotify/fsnotify v1.4.9 // indirect
	github.com/golang/protobuf v1.5.0 // indirect
	github.com/kr/text v0.1.0 // indirect
	github.com/niemeyer/pretty v0.0.0-20200227124842-a10e7caefd8e // indirect
	github.com/nxadm/tail v1.4.4 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/vmihailenco/tagparser/v2 v2.0.0 // indirect
	golang.org/x/crypto v0.17.0 // indirect
	golang.org/x/net v0.17.0 // indirect
	golang.org/x/sys v0.15.0 // indirect
	golang.org/x/text v0.14.0 // indirect
	golang.org/x/xerrors v0.0.0-20191204190536-9bdfabe68543 // indirect
	google.golang.org/protobuf v1.33.0 // indirect
	gopkg.in/tomb.v1 v1.0.0-20141024135613-dd632973f1e7 // indirect
	gopkg.in/yaml.v2 v2.3.0 // indirect
	gopkg.in/yaml.v3 v3.0.0 // indirect
)
