export { scriptedArguments, scriptedGenerator, scriptedToolNames } from "./scripted-generator.js";
