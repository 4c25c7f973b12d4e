// @ts-check
/**
 * zd/module-boundary — "one door per module" (DESIGN.md, rule of the house 1).
 *
 * Inside the server source root (default: `apps/server/src`), an import whose
 * resolved path lies inside `modules/<X>/` or `processes/<X>/` is allowed only when
 *   - the importing file is itself inside that same folder, or
 *   - the import targets the folder's door: `modules/<X>`, `modules/<X>/index`,
 *     `modules/<X>/index.js` or `modules/<X>/index.ts`, or
 *   - the importing file is `platform/db/schema.ts` (the product's table list for Drizzle and
 *     drizzle-kit) and the import targets the module's table door `modules/<X>/schema(.js|.ts)`.
 *
 * Only relative specifiers are resolved; packages (`fastify`, `node:fs`) are ignored.
 */
import path from 'node:path';

/** Folders whose sub-folders each have one door. */
const BOUNDARY_DIRS = new Set(['modules', 'processes']);
const DOOR_FILES = new Set(['index', 'index.js', 'index.ts']);
/** A module's tables, re-exported for the schema list only. */
const SCHEMA_DOOR_FILES = new Set(['schema', 'schema.js', 'schema.ts']);
const SCHEMA_LIST = 'platform/db/schema.ts';
const DEFAULT_ROOTS = ['apps/server/src'];

/**
 * Finds the source root that contains `filename`, or undefined.
 * @param {string} filename absolute, normalised with forward slashes
 * @param {string[]} roots root suffixes such as `apps/server/src`
 */
function findRoot(filename, roots) {
  for (const root of roots) {
    const marker = `/${root.replace(/^\/+|\/+$/g, '')}/`;
    const at = filename.lastIndexOf(marker);
    if (at !== -1) return filename.slice(0, at + marker.length - 1);
  }
  return undefined;
}

/**
 * Splits a path below `root` into segments; undefined when it is outside.
 * @param {string} root
 * @param {string} target
 */
function segmentsBelow(root, target) {
  const rel = path.posix.relative(root, target);
  if (rel === '' || rel.startsWith('..') || path.posix.isAbsolute(rel)) return undefined;
  return rel.split('/');
}

/** @param {string} p */
const toPosix = (p) => p.split(path.sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
export const moduleBoundaryRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Outside modules/<X>/ (or processes/<X>/), import only that folder\'s index.ts',
    },
    schema: [
      {
        type: 'object',
        properties: { roots: { type: 'array', items: { type: 'string' }, minItems: 1 } },
        additionalProperties: false,
      },
    ],
    messages: {
      boundary:
        "'{{source}}' reaches inside {{kind}}/{{name}}/. Import '{{door}}' instead (one door per module), " +
        'or export what you need from {{kind}}/{{name}}/index.ts.',
    },
  },
  create(context) {
    /** @type {{ roots?: string[] }} */
    const options = context.options[0] ?? {};
    const roots = options.roots ?? DEFAULT_ROOTS;
    const filename = toPosix(context.physicalFilename ?? context.filename);
    const root = findRoot(filename, roots);
    if (!root) return {};
    const fromSegments = segmentsBelow(root, filename) ?? [];

    /**
     * @param {import('estree').Node} node
     * @param {unknown} value
     */
    function check(node, value) {
      if (typeof value !== 'string' || !value.startsWith('.')) return;
      const target = path.posix.resolve(path.posix.dirname(filename), value);
      const to = segmentsBelow(root, target);
      if (!to || to.length < 3) return; // not below modules/<X>/ (the folder itself is its door)
      const [kind, name, ...rest] = to;
      if (!kind || !name || !BOUNDARY_DIRS.has(kind)) return;
      if (fromSegments[0] === kind && fromSegments[1] === name && fromSegments.length > 2) return;
      if (rest.length === 1 && DOOR_FILES.has(/** @type {string} */ (rest[0]))) return;
      if (kind === 'modules' && rest.length === 1 && SCHEMA_DOOR_FILES.has(/** @type {string} */ (rest[0])) && fromSegments.join('/') === SCHEMA_LIST) return;
      let door = path.posix.relative(path.posix.dirname(filename), path.posix.join(root, kind, name, 'index.js'));
      if (!door.startsWith('.')) door = `./${door}`;
      context.report({ node, messageId: 'boundary', data: { source: value, kind, name, door } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => {
        if (node.source) check(node.source, node.source.value);
      },
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => {
        if (node.source.type === 'Literal') check(node.source, node.source.value);
        else if (node.source.type === 'TemplateLiteral' && node.source.expressions.length === 0) {
          check(node.source, node.source.quasis[0]?.value.cooked);
        }
      },
      // TypeScript-only forms: `import('./x').T` and `import x = require('./x')`.
      /** @param {any} node */
      TSImportType: (node) => {
        if (node.source?.type === 'Literal') check(node.source, node.source.value);
      },
      /** @param {any} node */
      TSExternalModuleReference: (node) => {
        if (node.expression?.type === 'Literal') check(node.expression, node.expression.value);
      },
    };
  },
};

/** The local plugin, registered as `zd` in eslint.config.js. */
export const zdPlugin = {
  meta: { name: 'eslint-plugin-zd-local', version: '1.0.0' },
  rules: { 'module-boundary': moduleBoundaryRule },
};

export default zdPlugin;
