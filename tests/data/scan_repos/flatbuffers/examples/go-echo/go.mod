module echo

go 1.19

require github.com/google/flatbuffers v22.10.26+incompatible
