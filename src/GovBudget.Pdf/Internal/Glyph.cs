namespace GovBudget.Pdf.Internal;

/// <summary>One letter as the word grouper sees it: advance box along the baseline, glyph extent, size.</summary>
/// <param name="Text">The letter's Unicode text (U+FFFD where the font gives none).</param>
/// <param name="X0">Where its advance starts (horizontal letters) or the glyph's left edge (others).</param>
/// <param name="X1">Where its advance ends (horizontal letters) or the glyph's right edge (others).</param>
/// <param name="Baseline">The baseline y (horizontal letters) or the glyph's bottom (others).</param>
/// <param name="Bottom">The glyph's lowest y.</param>
/// <param name="Top">The glyph's highest y.</param>
/// <param name="Size">The effective font size in points.</param>
/// <param name="IsSpace">Whether the letter is white space (it separates, it is never part of a word's box).</param>
/// <param name="Horizontal">Whether the letter is upright, left to right.</param>
/// <param name="Index">Its position in the page's content order.</param>
internal sealed record Glyph(
    string Text, decimal X0, decimal X1, decimal Baseline, decimal Bottom, decimal Top, decimal Size, bool IsSpace, bool Horizontal, int Index);
