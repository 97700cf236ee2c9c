module air.sample.com

go 1.17
