module go.uber.org/multierr/tools

go 1.20

require (
	golang.org/x/lint v0.0.0-20210508222113-6edffad5e616
	honnef.co/go/tools v0.4.0
)

require (
	github.com/BurntSushi/toml v1.2.1 // indirect
	golang.org/x/exp/typeparams v0.0.0-20221208152030-732eee02a75a // indirect
	golang.org/x/mod v0.7.0 // indirect
	golang.org/x/sys v0.4.0 // indirect
	golang.org/x/tools v0.5.0 // indirect
)
