import type { TreeNode } from '@litellm-cdk/core';
import type { Colors } from './colors.js';

/**
 * The construct tree as indented lines, one node a line with its type:
 * ```
 * App  App
 * └── prod  ProxyConfig
 *     ├── claude  ModelGroup
 *     │   └── eu  ModelDeployment
 * ```
 */
export function renderTree(root: TreeNode, colors: Colors): string[] {
  const lines: string[] = [];
  const label = (node: TreeNode) => `${colors.bold(node.id)}  ${colors.dim(node.type)}`;
  const visit = (node: TreeNode, prefix: string): void => {
    const children = node.children ?? [];
    children.forEach((child, index) => {
      const last = index === children.length - 1;
      lines.push(`${prefix}${colors.dim(last ? '└── ' : '├── ')}${label(child)}`);
      visit(child, prefix + colors.dim(last ? '    ' : '│   '));
    });
  };
  lines.push(label(root));
  visit(root, '');
  return lines;
}

/** How many nodes the tree has, the root included. */
export function countNodes(node: TreeNode): number {
  return 1 + (node.children ?? []).reduce((sum, child) => sum + countNodes(child), 0);
}
