module github.com/charmbracelet/x/etag

go 1.25.5
