module github.com/knadh/koanf/maps

go 1.18

require github.com/mitchellh/copystructure v1.2.0

require github.com/mitchellh/reflectwalk v1.0.2 // indirect
