module github.com/a-h/templ/examples/blog

go 1.25.0

require (
	github.com/PuerkitoBio/goquery v1.10.1
	github.com/a-h/templ v0.3.833
)

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	golang.org/x/net v0.56.0 // indirect
)

replace github.com/a-h/templ => ../../
