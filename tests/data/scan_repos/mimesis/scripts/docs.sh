#!/usr/bin/env bash

rm -rf docs/_build/
make -C docs html
