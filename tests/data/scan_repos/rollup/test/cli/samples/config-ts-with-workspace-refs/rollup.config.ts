import { MY_CUSTOM_OPTIONS } from "referenced-link";

export default MY_CUSTOM_OPTIONS;
