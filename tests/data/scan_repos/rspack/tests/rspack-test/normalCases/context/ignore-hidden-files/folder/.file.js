module.exports = "fail";
