module should.not/be/used

go 1.14
