module github.com/golangci/golangci-lint/v2/scripts/gen_github_action_config

go 1.25.0

require (
	github.com/shurcooL/githubv4 v0.0.0-20240727222349-48295856cce7
	github.com/stretchr/testify v1.12.0
	golang.org/x/oauth2 v0.36.0
)

require (
	github.com/shurcooL/graphql v0.0.0-20230722043721-ed46e5a46466 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
