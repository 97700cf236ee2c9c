module go.uber.org/atomic/tools

go 1.18

require (
	golang.org/x/lint v0.0.0-20210508222113-6edffad5e616
	honnef.co/go/tools v0.4.7
)

require (
	github.com/BurntSushi/toml v1.2.1 // indirect
	golang.org/x/exp/typeparams v0.0.0-20221208152030-732eee02a75a // indirect
	golang.org/x/mod v0.12.0 // indirect
	golang.org/x/sys v0.11.0 // indirect
	golang.org/x/tools v0.12.1-0.20230825192346-2191a27a6dc5 // indirect
)
