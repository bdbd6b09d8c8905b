/** The package managers `init` writes a project for. */
export const PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn'] as const;
export type PackageManager = (typeof PACKAGE_MANAGERS)[number];

/** How a package manager installs a project and runs one of its scripts. */
export interface PackageManagerCommands {
  readonly install: string;
  script(name: string): string;
}

/** The commands of each package manager, as a user types them. */
export function packageManagerCommands(packageManager: PackageManager): PackageManagerCommands {
  switch (packageManager) {
    case 'npm':
      return { install: 'npm install', script: (name) => (name === 'test' ? 'npm test' : `npm run ${name}`) };
    case 'pnpm':
      return { install: 'pnpm install', script: (name) => `pnpm ${name}` };
    case 'yarn':
      return { install: 'yarn install', script: (name) => `yarn ${name}` };
  }
}

/**
 * The package manager that runs this process, from `npm_config_user_agent` (which npm, npx, pnpm, pnpm exec and
 * yarn set, e.g. `pnpm/12.4.2 npm/? node/v20.19.0 linux x64`), else from the lockfile in `lockfiles`, else npm.
 */
export function detectPackageManager(userAgent: string | undefined, lockfiles: readonly string[] = []): PackageManager {
  const fromAgent = /^(npm|pnpm|yarn)\//.exec(userAgent ?? '')?.[1];
  if (fromAgent) return fromAgent as PackageManager;
  if (lockfiles.includes('pnpm-lock.yaml')) return 'pnpm';
  if (lockfiles.includes('yarn.lock')) return 'yarn';
  return 'npm';
}
