module github.com/a-h/templ/examples/counter-basic

go 1.25.0

require github.com/a-h/templ v0.2.233

require github.com/alexedwards/scs/v2 v2.8.0

replace github.com/a-h/templ => ../../
