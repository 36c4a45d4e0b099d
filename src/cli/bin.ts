#!/usr/bin/env node
import { execute } from "./execute.js";

process.exitCode = await execute(process.argv.slice(2));
