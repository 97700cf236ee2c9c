// @ts-check

import rootConfig from '../../eslint.config.js'

export default [...rootConfig]
