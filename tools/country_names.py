#!/usr/bin/python3
# Writes core's table of country names: for every ISO 3166-1 alpha-2 code, its English common (or
# short) name and the French translation, from Debian's iso-codes (JSON + gettext catalogue), so that a
# document prints "Allemagne" / "Germany" rather than "DE". Run at build time.
# Usage: country_names.py OUTPUT.cpp ISO_3166-1.json LOCALE_DIR
import gettext
import json
import sys


def c_string(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    out, table, localedir = sys.argv[1:4]
    entries = json.load(open(table, encoding='utf-8'))['3166-1']
    fr = gettext.translation('iso_3166-1', localedir=localedir, languages=['fr'])
    rows = []
    for e in entries:
        en = e.get('common_name') or e['name']
        rows.append((e['alpha_2'], en, fr.gettext(en)))
    # Not in ISO 3166-1 but used for VAT: Northern Ireland (XI, Windsor framework).
    rows.append(('XI', 'Northern Ireland', 'Irlande du Nord'))
    rows.sort()
    lines = [
        '// Generated at build time by tools/country_names.py from iso-codes: do not edit.',
        '#include "core/countries.h"',
        '',
        'namespace facturier {',
        'namespace {',
        'constexpr CountryNameEntry kNames[] = {',
    ]
    lines += ['    {%s, %s, %s},' % (c_string(code), c_string(en), c_string(f)) for code, en, f in rows]
    lines += ['};', '}  // namespace', '',
              'std::span<const CountryNameEntry> countryNameTable() { return kNames; }', '',
              '}  // namespace facturier', '']
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


if __name__ == '__main__':
    main()
