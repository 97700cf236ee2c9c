module mvdan.cc/sh/moreinterp

go 1.26.0

require (
	github.com/u-root/u-root v0.15.1-0.20251208185023-2f8c7e763cf8
	mvdan.cc/sh/v3 v3.11.0
)

require (
	github.com/dustin/go-humanize v1.0.1 // indirect
	github.com/klauspost/compress v1.18.0 // indirect
	github.com/klauspost/pgzip v1.2.6 // indirect
	github.com/pierrec/lz4/v4 v4.1.22 // indirect
	github.com/u-root/uio v0.0.0-20240224005618-d2acac8f3701 // indirect
	golang.org/x/sys v0.38.0 // indirect
	golang.org/x/term v0.37.0 // indirect
)
