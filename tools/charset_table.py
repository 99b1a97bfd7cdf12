#!/usr/bin/python3
# Writes core's table of printable characters: the code points that every given font maps to a glyph
# (the intersection of their cmaps), as sorted ranges. Run at build time on the PDF faces cut to
# FACTURIER_CHARSET, so validation knows exactly what the PDF can draw without reading a font.
# Usage: charset_table.py OUTPUT.cpp FONT.ttf [FONT.ttf …]
import sys
from fontTools.ttLib import TTFont


def main():
    out, fonts = sys.argv[1], sys.argv[2:]
    covered = None
    for path in fonts:
        cmap = TTFont(path).getBestCmap()
        # A glyph id of 0 is .notdef: a cmap entry pointing at it draws nothing.
        points = {cp for cp, name in cmap.items() if name != '.notdef'}
        covered = points if covered is None else covered & points
    # Controls are never printed as glyphs, whatever a font maps them to. U+FFFD is in the cut fonts
    # to stand for what cannot be printed, so text holding it (a broken byte, an emoji the screen could
    # not keep) is not printable: validation reports it.
    covered = sorted(cp for cp in covered if cp >= 0x20 and not (0x7F <= cp <= 0x9F) and cp != 0xFFFD)
    ranges = []
    for cp in covered:
        if ranges and ranges[-1][1] + 1 == cp:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    names = ', '.join(p.rsplit('/', 1)[-1] for p in fonts)
    lines = [
        '// Generated at build time by tools/charset_table.py from ' + names + ': do not edit.',
        '// The characters every PDF face draws (%d code points in %d ranges).' % (len(covered), len(ranges)),
        '#include "core/printable.h"',
        '',
        'namespace facturier {',
        'namespace {',
        'constexpr CodePointRange kRanges[] = {',
    ]
    for first, last in ranges:
        lines.append('    {0x%04X, 0x%04X},' % (first, last))
    lines += [
        '};',
        '}  // namespace',
        '',
        'std::span<const CodePointRange> printableRanges() { return kRanges; }',
        '',
        '}  // namespace facturier',
        '',
    ]
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


if __name__ == '__main__':
    main()
