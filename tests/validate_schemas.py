#!/usr/bin/env python3
"""Validates real pipeline output against schemas/*.schema.json (run by CTest).

usage: validate_schemas.py NEWSCLAIMS_BIN SOURCE_DIR
Runs parse, extract and output on the fixture pages and articles, and checks every record
against the schema of its kind (error records against error.schema.json)."""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema

bin_, src = sys.argv[1], Path(sys.argv[2])
schemas = {p.stem.replace('.schema', ''): json.loads(p.read_text()) for p in (src / 'schemas').glob('*.schema.json')}


def run(args, stdin=b''):
    return subprocess.run([bin_] + args, input=stdin, stdout=subprocess.PIPE, check=False).stdout


def check(kind, lines):
    n = 0
    for line in lines.decode('utf-8').splitlines():
        record = json.loads(line)
        schema = schemas['error'] if 'error' in record else schemas[kind]
        jsonschema.validate(record, schema)
        n += 1
    return n


pages = sorted(str(p) for p in (src / 'tests/fixtures/pages').glob('*.html'))
articles = run(['parse'] + pages + ['-'], b'{"id":"bad","html":42}\nnot json\n')
n = check('article', articles)
articles += b''.join(
    (json.dumps({'id': p.stem, 'text': p.read_text()}) + '\n').encode() for p in (src / 'tests/fixtures/articles').glob('*.txt'))
extracted = run(['extract'], articles)
n += check('extracted', extracted)
lines = run(['output', '--format', 'claims'], extracted)
n += check('claim-line', lines)
assert n > 20, n
print(f'{n} records valid')
