exports.default = false;
