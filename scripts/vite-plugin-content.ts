/**
 * Vite plugin: validates content/ at build (and dev) start and serves `virtual:course-index`.
 * A content error stops the build with `file: json.path: problem` lines.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentError, validateContent } from '../src/content/validate.ts';
import { buildCourseIndex } from './lib/course-index.ts';
import { readContentFiles } from './lib/read-content.ts';

const VIRTUAL_ID = 'virtual:course-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function contentPlugin(contentRoot = 'content'): Plugin {
  return {
    name: 'en-avant-content',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const root = resolve(contentRoot);
      const files = readContentFiles(root);
      for (const path of files.keys()) this.addWatchFile(resolve(root, path));
      const { errors, content } = validateContent(files, `${contentRoot}/`);
      if (errors.length > 0 || content === undefined) {
        this.error(`content is invalid:\n${errors.map(formatContentError).join('\n')}`);
      }
      return `export default ${JSON.stringify(buildCourseIndex(content))};`;
    },
  };
}
