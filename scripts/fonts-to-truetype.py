"""Rewrites a subset OpenType/CFF font with TrueType (quadratic) outlines.

Dear ImGui 1.86 rasterizes its font atlas with stb_truetype before the first frame. For CFF fonts
stb_truetype runs each glyph's charstring program twice (once for its box, once for its shape);
TrueType outlines are read directly, which makes the atlas about a third cheaper to build. The
curves are converted within 6 font units (of 2816 per em): a tenth of a device pixel for body text
at 3x (48 px), under a third of one for the largest text drawn (a 22 px heading at 3x and double
text size, 132 px). Looser than 1 unit, it takes about 2.3 KB gzip off the two fonts.
The outlines are then rescaled to 512 units per em: a point moves at most a quarter of a new unit
(2.75 of the old ones, within the error already accepted), and the smaller coordinates take
another 2.6 KB gzip off the two fonts.

Usage: fonts-to-truetype.py <in.otf> <out.ttf>
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.scaleUpem import scale_upem

MAX_ERROR = 6.0  # font units
UNITS_PER_EM = 512

source, target = sys.argv[1], sys.argv[2]
font = TTFont(source)
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyf = newTable('glyf')
glyf.glyphOrder = order
glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(glyph_set)
    # TrueType contours wind the other way round from PostScript ones.
    glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
    glyf[name] = pen.glyph()
font['glyf'] = glyf
font['loca'] = newTable('loca')
del font['CFF ']
maxp = font['maxp'] = newTable('maxp')  # version 1.0, the TrueType one; compiled from glyf
maxp.tableVersion = 0x00010000
for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
              'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
    setattr(maxp, field, 0)
maxp.maxZones = 1
font['head'].indexToLocFormat = 0
font['head'].glyphDataFormat = 0
font['post'].formatType = 3.0  # no glyph names
font.sfntVersion = '\x00\x01\x00\x00'
font.save(target)
font = TTFont(target)  # reloaded: scaling works on the compiled TrueType tables
scale_upem(font, UNITS_PER_EM)
font.save(target)
