import individuals from './Individual.js';
import companies from './Company.js';
import helpers from './Helper.js';

export default { individuals, companies, helpers };
