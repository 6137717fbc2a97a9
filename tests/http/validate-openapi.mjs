// Validates an OpenAPI document with @apidevtools/swagger-parser: structure against the OpenAPI
// 3.0 schema, every $ref resolvable, path parameters declared. Run by tests/http/tst_openapi.
//
// Usage: node validate-openapi.mjs <npm prefix> <openapi.json>
// Exit codes: 0 valid, 1 invalid (reason on stderr), 2 usage, 3 validator not installed.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [prefix, file] = process.argv.slice(2);
if (!prefix || !file) {
    console.error('usage: node validate-openapi.mjs <npm prefix> <openapi.json>');
    process.exit(2);
}

// Resolve the package from <prefix>/node_modules, where scripts/install-npm-tools puts it.
const require = createRequire(path.join(path.resolve(prefix), 'package.json'));
let SwaggerParser;
try {
    SwaggerParser = require('@apidevtools/swagger-parser');
} catch (error) {
    console.error(`@apidevtools/swagger-parser is not installed in ${prefix}: run scripts/test ` +
                  `(or scripts/install-npm-tools) first`);
    process.exit(3);
}

let document;
try {
    document = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (error) {
    console.error(`invalid: cannot read ${file}: ${error.message}`);
    process.exit(1);
}

try {
    const api = await SwaggerParser.validate(document);
    console.log(`valid: OpenAPI ${api.openapi}, ${Object.keys(api.paths).length} paths`);
} catch (error) {
    console.error(`invalid: ${error.message}`);
    process.exit(1);
}
