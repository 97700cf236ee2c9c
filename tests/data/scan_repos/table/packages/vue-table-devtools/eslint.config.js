// @ts-check

import rootConfig from '../../eslint.config.js'

/** @type {any} */
const config = [
  ...rootConfig,
  {
    rules: {},
  },
]

export default config
