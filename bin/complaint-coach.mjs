#!/usr/bin/env node
// The command-line tool: validate, analyze-reply, score, appraise, serve. See `complaint-coach --help`.
import { register } from 'tsx/esm/api'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
register({ tsconfig: resolve(root, 'tsconfig.node.json') })
const { main } = await import(pathToFileURL(resolve(root, 'src/backend/cli/main.ts')).href)
const code = await main(process.argv.slice(2))
process.exitCode = code
