'use strict'

require('@metcoder95/https-pem/install')
