#!/usr/bin/env node
// Runs a TypeScript entry of this project with tsx, resolving the project's path aliases.
import { register } from 'tsx/esm/api'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
register({ tsconfig: resolve(root, 'tsconfig.node.json') })
const [entry, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], entry, ...args]
await import(pathToFileURL(resolve(root, entry)).href)
