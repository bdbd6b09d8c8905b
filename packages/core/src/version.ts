/** The generator name written into every assembly. */
export const GENERATOR = 'litellm-cdk';

/** This library's version; a test keeps it equal to package.json. */
export const VERSION = '0.1.0';

/** The version of the assembly layout (manifest.json `version`); bumped when its shape changes. */
export const ASSEMBLY_VERSION = '1.0.0';
