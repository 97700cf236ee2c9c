module kong_server

go 1.25.0

toolchain go1.26.5

require (
	github.com/alecthomas/colour v0.1.0
	github.com/alecthomas/kong v1.15.0
	github.com/chzyer/readline v1.5.1
	github.com/gliderlabs/ssh v0.3.8
	github.com/google/shlex v0.0.0-20191202100458-e7afc7fbc510
	github.com/kr/pty v1.1.8
	golang.org/x/crypto v0.54.0
)

require (
	github.com/alecthomas/assert/v2 v2.11.0 // indirect
	github.com/alecthomas/repr v0.5.2 // indirect
	github.com/anmitsu/go-shlex v0.0.0-20200514113438-38f4b401e2be // indirect
	github.com/chzyer/logex v1.2.1 // indirect
	github.com/chzyer/test v1.0.0 // indirect
	github.com/creack/pty v1.1.7 // indirect
	github.com/flynn/go-shlex v0.0.0-20150515145356-3f9db97f8568 // indirect
	github.com/google/go-cmp v0.6.0 // indirect
	github.com/hexops/gotextdiff v1.0.3 // indirect
	github.com/mattn/go-isatty v0.0.12 // indirect
	github.com/yuin/goldmark v1.4.13 // indirect
	golang.org/x/mod v0.37.0 // indirect
	golang.org/x/net v0.56.0 // indirect
	golang.org/x/sync v0.22.0 // indirect
	golang.org/x/sys v0.47.0 // indirect
	golang.org/x/telemetry v0.0.0-20260625142307-59b4966ccb57 // indirect
	golang.org/x/term v0.45.0 // indirect
	golang.org/x/text v0.40.0 // indirect
	golang.org/x/tools v0.47.0 // indirect
	golang.org/x/xerrors v0.0.0-20190717185122-a985d3407aa7 // indirect
)
