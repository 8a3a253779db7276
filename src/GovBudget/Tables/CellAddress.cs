namespace GovBudget.Tables;

/// <summary>Where a cell is: table id, row key and column id.</summary>
/// <param name="TableId">The table id (<c>表5-1</c>, <c>公开01</c>).</param>
/// <param name="Row">The row key.</param>
/// <param name="ColumnId">The column id.</param>
public readonly record struct CellAddress(string TableId, RowKey Row, string ColumnId)
{
    /// <summary>The address in the form used by formulas: <c>表5-1[F21011,合计]</c>.</summary>
    public override string ToString() => $"{TableId}[{Row},{ColumnId}]";
}
