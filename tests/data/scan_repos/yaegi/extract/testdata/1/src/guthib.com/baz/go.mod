module guthib.com/baz

go 1.14
