namespace GovBudget.Import.Text;

/// <summary>How <see cref="TextLayoutReader"/> turns characters into positions.</summary>
public sealed record TextLayoutOptions
{
    /// <summary>The default options: wide (CJK) characters count one column, tab fields laid out in aligned columns.</summary>
    public static TextLayoutOptions Default { get; } = new();

    /// <summary>
    /// The display width of a wide (CJK, full-width) character: 1 (default) matches <c>pdftotext -layout</c>, which places
    /// each character in one column; 2 matches text laid out for a terminal.
    /// </summary>
    public int WideCharacterWidth { get; init; } = 1;

    /// <summary>The blank columns kept between two tab-separated fields when they are laid out side by side (default 2).</summary>
    public int TabFieldGap { get; init; } = 2;
}
