module github.com/wailsapp/wails/tools/starhistory

go 1.25.0
