namespace GovBudget.Import.Layout;

/// <summary>
/// A ruling line the document draws (a table border or cell separator): a thin horizontal or vertical segment, or the
/// edge of a filled rectangle. Text layout sources have none.
/// </summary>
/// <param name="Box">The segment's extent (a horizontal rule has a small height, a vertical one a small width).</param>
/// <param name="Page">The 1-based page number.</param>
public sealed record LayoutRule(LayoutBox Box, int Page)
{
    /// <summary><see langword="true"/> when the segment is wider than it is high.</summary>
    public bool IsHorizontal => Box.Width >= Box.Height;
}
