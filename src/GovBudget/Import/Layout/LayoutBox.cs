namespace GovBudget.Import.Layout;

/// <summary>
/// A rectangle on a page. For PDF pages the unit is the PDF point (1/72 inch) with the origin at the bottom left, as
/// in the PDF itself; for extracted layout text the unit is one character column (x) and one text line (y, growing
/// downwards, so <see cref="Top"/> &lt; <see cref="Bottom"/> there is not allowed: text lines use
/// <c>Bottom = -(line + 1)</c>, <c>Top = -line</c>). Coordinates are decimals: GovBudget uses no binary floating point.
/// </summary>
/// <param name="Left">The smallest x.</param>
/// <param name="Bottom">The smallest y.</param>
/// <param name="Right">The largest x.</param>
/// <param name="Top">The largest y.</param>
public readonly record struct LayoutBox(decimal Left, decimal Bottom, decimal Right, decimal Top)
{
    /// <summary>The width (<see cref="Right"/> − <see cref="Left"/>).</summary>
    public decimal Width => Right - Left;

    /// <summary>The height (<see cref="Top"/> − <see cref="Bottom"/>).</summary>
    public decimal Height => Top - Bottom;

    /// <summary>The smallest box that holds both boxes.</summary>
    public LayoutBox Union(LayoutBox other)
        => new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));

    /// <summary>The invariant text form <c>[left,bottom,right,top]</c>.</summary>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Left},{Bottom},{Right},{Top}]");
}
