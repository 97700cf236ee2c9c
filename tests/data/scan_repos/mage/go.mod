module github.com/magefile/mage

go 1.18
