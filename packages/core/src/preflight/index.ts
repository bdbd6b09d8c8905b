// The environment preflight: checks a .env (or the process environment) against what a config reads from it.
export {
  checkEnvironment,
  readEnvFile,
  referencesOf,
  type CheckEnvironmentOptions,
  type Environment,
} from './check-environment.js';
export { describeShape, plausibleValue, shapeAt, shapeProblem, type VariableShape } from './variable-shapes.js';
