#!/bin/bash

git branch $1-branch $1
git checkout $1-branch