module github.com/a-h/templ/examples/integration-go-echarts

go 1.25.0

require (
	github.com/a-h/templ v0.2.529
	github.com/go-echarts/go-echarts/v2 v2.4.0
)

replace github.com/a-h/templ => ../../
