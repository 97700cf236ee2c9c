module githbu.com/a-h/templ/examples/streaming

go 1.25.0

replace github.com/a-h/templ => ../../

require github.com/a-h/templ v0.2.707
