module github.com/ThreeDotsLabs/watermill/dev/update-examples-deps

go 1.25

toolchain go1.23.4
