namespace GovBudget.Rendering.Internal;

/// <summary>A table as it is drawn: header rows with spans, flattened headers, an optional 栏次 row and body rows.</summary>
internal sealed class Grid
{
    public string? Caption { get; init; }

    public List<List<GridCell>> Head { get; } = [];

    /// <summary>One header per leaf column, groups flattened as <c>基本支出/人员经费</c>.</summary>
    public List<string> FlatHeaders { get; } = [];

    /// <summary>The 栏次 row, one cell per leaf column, or <see langword="null"/>.</summary>
    public List<GridCell>? NumberRow { get; set; }

    public List<GridRow> Body { get; } = [];

    public static Grid Simple(string? caption, IEnumerable<string> headers)
    {
        var grid = new Grid { Caption = caption };
        var head = new List<GridCell>();
        foreach (var h in headers)
        {
            head.Add(new GridCell(h));
            grid.FlatHeaders.Add(h);
        }

        grid.Head.Add(head);
        return grid;
    }

    public void Add(params GridCell[] cells) => Body.Add(new GridRow(cells.ToList(), false));
}
