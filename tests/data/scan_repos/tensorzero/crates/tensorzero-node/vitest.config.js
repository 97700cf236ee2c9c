export default {
  test: {
    reporters: ["default"],
    // Enable column + line capture for Test Engine
    includeTaskLocation: true,
  },
};
