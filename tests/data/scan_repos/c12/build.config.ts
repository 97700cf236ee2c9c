import { defineBuildConfig } from "obuild/config";

export default defineBuildConfig({
  entries: ["./src/index.ts", "./src/update.ts"],
});
