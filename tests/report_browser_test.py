#!/usr/bin/env python3
"""Opens an HTML report in headless Chromium and checks what it shows (run by CTest).

usage: report_browser_test.py NEWSCLAIMS_BIN
The report is built from an extracted record whose title and text try to inject markup;
Chromium's DOM after loading must show the claim with its highlights and no injected nodes."""
import json
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

bin_ = sys.argv[1]
chromium = shutil.which('chromium') or shutil.which('chromium-browser')
if not chromium:
    sys.exit('chromium is not installed (scripts/setup.sh installs it)')

evil = '<img src=x onerror="document.body.setAttribute(\'data-pwned\',\'1\')"><script>document.title="pwned"</script>'
text = 'The council banned scooters from the park, officials said. ' + evil
record = {
    'id': 'a1', 'url': 'https://news.example/a1', 'title': 'Scooters ' + evil, 'site_name': 'News', 'text': text,
    'published': '2026-01-15',
    'claims': [{'claim_id': 'c1', 'type': 'ban', 'trigger': {'start': 12, 'end': 18, 'text': 'banned'},
                'actor': {'text': 'The council', 'name': 'City Council', 'entity': 'e1'},
                'target': {'text': 'scooters', 'name': 'scooters', 'entity': None},
                'content': 'scooters', 'negated': False, 'hypothetical': False,
                'source': {'type': 'anonymous', 'text': 'officials', 'quote': 'indirect'},
                'sentence': {'start': 0, 'end': len(text)}}]}
error = {'id': 'p2', 'url': 'https://news.example/p2', 'error': {'stage': 'fetch', 'code': 'timeout', 'message': evil}}

with tempfile.TemporaryDirectory() as tmp:
    report = Path(tmp) / 'report.html'
    subprocess.run([bin_, 'output', '--format', 'report', '--out', str(report)],
                   input=(json.dumps(record) + '\n' + json.dumps(error) + '\n').encode(), check=True,
                   stderr=subprocess.DEVNULL)
    dom = subprocess.run([chromium, '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + tmp,
                          '--dump-dom', report.as_uri()], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         timeout=120, check=True).stdout.decode()


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.marks, self.stack, self.title = [], [], [], ''
        self.body_attrs = {}

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.stack.append((tag, dict(attrs)))
        if tag == 'body':
            self.body_attrs = dict(attrs)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == 'mark':
            self.marks.append((self.stack[-1][1].get('class'), data))
        if self.stack and self.stack[-1][0] == 'title':
            self.title += data


c = Collect()
c.feed(dom)
assert 'data-pwned' not in c.body_attrs, 'injected handler ran'
assert c.title == 'newsclaims report', c.title
assert 'img' not in c.tags and c.tags.count('script') == 0, 'injected elements in the DOM'
assert ('trigger', 'banned') in c.marks and ('actor', 'The council') in c.marks and ('target', 'scooters') in c.marks, c.marks
assert 'City Council' in dom and 'Failed records (1)' in dom and 'https://news.example/a1' in dom
print('report renders: claim highlighted, failures listed, no injected markup')
