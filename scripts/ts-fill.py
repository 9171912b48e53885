#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists or fills the unfinished messages of a Qt Linguist .ts file (a translator's helper).

  ts-fill.py FILE.ts --list          print the unfinished messages as JSON
                                     [[context, source, numerus], ...]
  ts-fill.py FILE.ts DICT.json       fill them from {source: translation}; a numerus message
                                     takes [one, many]

Only messages whose source text is in the dictionary are touched; the rest stay unfinished.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    path = sys.argv[1]
    tree = ET.parse(path)
    root = tree.getroot()
    if sys.argv[2] == '--list':
        out = []
        for ctx in root.iter('context'):
            name = ctx.find('name').text
            for m in ctx.iter('message'):
                tr = m.find('translation')
                if tr is not None and tr.get('type') == 'unfinished':
                    out.append([name, m.find('source').text, m.get('numerus') == 'yes'])
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    table = json.load(open(sys.argv[2], encoding='utf-8'))
    filled = 0
    for m in root.iter('message'):
        tr = m.find('translation')
        if tr is None or tr.get('type') != 'unfinished':
            continue
        src = m.find('source').text
        if src not in table:
            continue
        value = table[src]
        if m.get('numerus') == 'yes':
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = value
        del tr.attrib['type']
        filled += 1
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    print(f'{path}: {filled} filled')


if __name__ == '__main__':
    main()
