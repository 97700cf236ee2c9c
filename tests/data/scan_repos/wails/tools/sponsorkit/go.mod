module github.com/wailsapp/wails/tools/sponsorkit

go 1.25.0
