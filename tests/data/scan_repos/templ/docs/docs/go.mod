module github.com/a-h/templ/docs

go 1.20

require github.com/gosimple/slug v1.13.1

require github.com/gosimple/unidecode v1.0.1 // indirect
