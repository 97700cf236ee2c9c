const moduleSyncEnabled = true;
export default moduleSyncEnabled;
