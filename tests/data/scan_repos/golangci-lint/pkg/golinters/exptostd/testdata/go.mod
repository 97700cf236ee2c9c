module exptostd

go 1.26.0

require golang.org/x/exp v0.0.0-20250506013437-ce4c2cf36ca6
