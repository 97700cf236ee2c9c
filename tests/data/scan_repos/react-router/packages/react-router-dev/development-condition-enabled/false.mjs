const developmentConditionEnabled = false;
export default developmentConditionEnabled;
