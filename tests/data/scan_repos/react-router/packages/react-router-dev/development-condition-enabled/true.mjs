const developmentConditionEnabled = true;
export default developmentConditionEnabled;
