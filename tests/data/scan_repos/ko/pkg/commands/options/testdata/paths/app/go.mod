module example.com/testapp

go 1.15
