module github.com/gorilla/websocket

go 1.20

retract (
    v1.5.2 // tag accidentally overwritten
)

require golang.org/x/net v0.26.0
