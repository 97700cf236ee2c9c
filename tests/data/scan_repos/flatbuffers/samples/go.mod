module github.com/google/flatbuffers/samples

go 1.20

replace github.com/google/flatbuffers/go => ./go_gen

require github.com/google/flatbuffers/go v0.0.0-00010101000000-000000000000
