module go.opentelemetry.io/collector/pipeline/xpipeline

go 1.26.0

require go.opentelemetry.io/collector/pipeline v1.65.0

replace go.opentelemetry.io/collector/pipeline => ../
