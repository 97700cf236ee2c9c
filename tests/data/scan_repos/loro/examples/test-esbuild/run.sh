#!/bin/bash
echo "Starting Loro bug test..."
node test.js
