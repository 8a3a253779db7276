using GovBudget.Tables;

namespace GovBudget.Rendering.Internal;

/// <summary>One cell of a rendered grid: printed text, the address findings refer to, and layout hints.</summary>
internal sealed record GridCell(string Text)
{
    public static GridCell Blank { get; } = new(string.Empty);

    public CellAddress? Address { get; init; }

    public bool Numeric { get; init; }

    public int Indent { get; init; }

    /// <summary>A row label (科目名称, 项目), kept from wrapping too narrow.</summary>
    public bool Name { get; init; }

    public int ColSpan { get; init; } = 1;

    public int RowSpan { get; init; } = 1;
}
